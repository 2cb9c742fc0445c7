package org.innovationbridge.research.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innovationbridge.research.domain.InstitutionType;

/** What a client sends to register or update an institution. */
public record InstitutionInput(
        @Schema(examples = "齐都理工大学机械工程学院") @NotBlank @Size(max = 200) String name,
        @NotNull InstitutionType type,
        @Schema(description = "district code from reference data", examples = "zichuan") @NotBlank String region,
        @Valid Contact contact) {

    /** Private: returned to whoever writes the institution, never on reads nor in events. */
    public record Contact(
            @Schema(examples = "陈教授") @Size(max = 64) String person,
            @Schema(examples = "0533-22866000") @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "must be a phone number") String phone,
            @Schema(examples = "chen@example.edu.cn") @Email @Size(max = 254) String email) {
    }
}
