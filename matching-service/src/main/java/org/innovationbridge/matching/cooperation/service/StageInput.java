package org.innovationbridge.matching.cooperation.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.innovationbridge.matching.cooperation.domain.CooperationMode;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;

import java.math.BigDecimal;

/**
 * A move to another stage. The contract amount is in 万元 (ten thousand yuan); which of the optional fields a
 * stage requires is the service's rule, since it depends on the stage.
 */
public record StageInput(@NotNull CooperationStage stage,
                         @Size(max = 2000) String note,
                         @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0 (万元)")
                         @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits and 2 decimals (万元)")
                         BigDecimal contractAmount,
                         CooperationMode cooperationMode,
                         @Size(max = 2000) String reason) {
}
