package org.innovationbridge.matching.cooperation.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innovationbridge.matching.cooperation.domain.CooperationMode;
import org.innovationbridge.matching.cooperation.domain.ItemKind;

import java.util.List;
import java.util.UUID;

/** A connection request: from one of the caller's own items to the matched item of another organisation. */
public record ConnectionInput(
        @NotNull @Valid ItemRef fromItem,
        @NotNull @Valid ItemRef toItem,
        @Schema(examples = "您好，我们希望就聚乳酸薄膜拉伸改性开展合作开发。") @NotBlank @Size(max = 2000) String message,
        @Size(max = 6) List<@NotNull CooperationMode> cooperationModes) {

    public record ItemRef(@NotNull ItemKind kind, @NotNull UUID id) {
    }
}
