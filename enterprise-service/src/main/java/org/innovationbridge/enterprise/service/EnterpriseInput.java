package org.innovationbridge.enterprise.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innovationbridge.enterprise.domain.SizeClass;

import java.util.List;

/** What a client sends to register or update an enterprise. */
public record EnterpriseInput(
        @Schema(examples = "淄博固态氢能科技有限公司") @NotBlank @Size(max = 200) String name,
        @Schema(description = "统一社会信用代码, GB 32100-2015", examples = "91350100M000100Y43")
        @NotBlank String creditCode,
        @Schema(description = "district code from reference data", examples = "linzi") @NotBlank String district,
        @Schema(examples = "[\"hydrogen-energy-storage\"]") @Size(max = 10) List<@NotBlank String> industryChains,
        @Schema(examples = "[\"new-energy-saving\"]") @Size(max = 10) List<@NotBlank String> technicalFields,
        @NotNull SizeClass sizeClass,
        @Schema(examples = "[\"专精特新\"]") @Size(max = 10) List<@NotBlank @Size(max = 32) String> flags,
        @Valid Contact contact) {

    /** Private: shown only to the enterprise itself, its matched counterparts and organisers. */
    public record Contact(
            @Schema(examples = "林工") @Size(max = 64) String person,
            @Schema(examples = "0533-87654321") @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "must be a phone number") String phone,
            @Schema(examples = "lin@example.cn") @Email @Size(max = 254) String email) {
    }
}
