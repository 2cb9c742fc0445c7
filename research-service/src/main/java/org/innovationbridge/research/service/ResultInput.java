package org.innovationbridge.research.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innovationbridge.research.domain.CooperationMode;
import org.innovationbridge.research.domain.Maturity;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a client sends to create or replace a research result. */
public record ResultInput(
        @Schema(description = "the institution that owns the result") @NotNull UUID institutionId,
        @Schema(examples = {"伺服直驱数控螺旋压力机", "镁基固态储氢材料"}) @NotBlank @Size(max = 200) String title,
        @Schema(description = "摘要", examples = "采用大扭矩伺服电机直接驱动螺杆，取消飞轮与离合器，打击能量可数字化精确控制，较摩擦压力机节能40%以上。")
        @NotBlank @Size(max = ResultInput.MAX_SUMMARY) String summary,
        @Schema(description = "technical field codes from reference data", examples = "[\"advanced-manufacturing\"]")
        @Size(max = 10) List<@NotBlank String> technicalFields,
        @Schema(description = "industry chain codes from reference data", examples = "[\"intelligent-equipment\", \"high-end-equipment\"]")
        @Size(max = 10) List<@NotBlank String> industryChains,
        @Schema(examples = "[\"伺服直驱\", \"螺旋压力机\", \"锻压装备\"]") @Size(max = 20) List<@NotBlank @Size(max = 32) String> keywords,
        @NotNull Maturity maturity,
        @Schema(description = "application numbers (ZL202110123456.7 or 202110123456.7, check digit verified) or publication numbers (CN112345678A)",
                examples = "[\"ZL202110123456.7\", \"CN112345678B\"]")
        @Size(max = 50) List<@NotBlank String> patents,
        @Schema(examples = "[\"LICENCE\", \"JOINT_DEVELOPMENT\"]") List<@NotNull CooperationMode> cooperationModes,
        @Schema(description = "参考价格, 万元", examples = "300") @PositiveOrZero @DecimalMax("10000000") @Digits(integer = 10, fraction = 2) BigDecimal indicativePrice,
        @Schema(description = "团队负责人", examples = "陈教授") @Size(max = 64) String teamLead) {

    public static final int MAX_SUMMARY = 10_000;
}
