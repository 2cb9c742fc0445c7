package org.innovationbridge.enterprise.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innovationbridge.enterprise.domain.CooperationMode;
import org.innovationbridge.enterprise.domain.Maturity;
import org.innovationbridge.enterprise.domain.Visibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a client sends to create or replace a technical problem. */
public record ProblemInput(
        @Schema(description = "the enterprise that owns the problem") @NotNull UUID enterpriseId,
        @Schema(examples = "固态储氢材料的低成本规模化制备") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "我公司需要一种常温常压下可逆吸放氢的固态储氢材料，储氢密度不低于1.8wt%，循环寿命3000次以上。")
        @NotBlank @Size(max = ProblemInput.MAX_DESCRIPTION) String description,
        @Schema(description = "industry chain code from reference data", examples = "hydrogen-energy-storage")
        @NotBlank String industryChain,
        @Schema(examples = "[\"new-materials-tech\"]") @Size(max = 10) List<@NotBlank String> technicalFields,
        @Schema(examples = "[\"固态储氢\", \"镁基合金\"]") @Size(max = 20) List<@NotBlank @Size(max = 32) String> keywords,
        @Schema(examples = "[\"JOINT_DEVELOPMENT\", \"LICENCE\"]") List<@NotNull CooperationMode> cooperationModes,
        @Schema(description = "万元", examples = "50") @PositiveOrZero @DecimalMax("10000000") @Digits(integer = 10, fraction = 2) BigDecimal budgetMin,
        @Schema(description = "万元", examples = "200") @PositiveOrZero @DecimalMax("10000000") @Digits(integer = 10, fraction = 2) BigDecimal budgetMax,
        Maturity expectedMaturity,
        @Schema(examples = "2027-06-30") LocalDate deadline,
        @Schema(description = "CONFIDENTIAL hides the enterprise's name in public listings") Visibility visibility) {

    public static final int MAX_DESCRIPTION = 10_000;
}
