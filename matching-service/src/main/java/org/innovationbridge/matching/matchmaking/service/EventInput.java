package org.innovationbridge.matching.matchmaking.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innovationbridge.matching.matchmaking.domain.EventKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What an organiser sends to create or change an event. */
public record EventInput(
        @Schema(example = "新材料产业对接会") @NotBlank @Size(max = 200) String name,
        @NotNull EventKind kind,
        @Schema(example = "市科技会展中心 A 馆") @Size(max = 300) String venue,
        @Schema(example = "2026-12-20") @NotNull LocalDate date,
        @NotNull @Valid Slots slots,
        @Schema(example = "30") @NotNull @Min(1) @Max(500) Integer tables,
        @Schema(example = "https://meet.example/ib-{event}-{table}") @Size(max = 500) String roomUrlTemplate,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> focusChains,
        @Schema(example = "1") @Min(0) @Max(100) Integer defaultMinMeetings,
        @Schema(example = "6") @Min(1) @Max(100) Integer defaultMaxMeetings) {

    /** The time grid: first slot's start, each slot's length, how many, and breaks between them. */
    public record Slots(
            @Schema(example = "09:00") @NotNull LocalTime start,
            @Schema(example = "20") @NotNull @Min(5) @Max(240) Integer minutes,
            @Schema(example = "12") @NotNull @Min(1) @Max(100) Integer count,
            @Size(max = 20) List<@NotNull @Valid Break> breaks) {
    }

    /** A pause of {@code minutes} after slot {@code afterSlot} (1-based). */
    public record Break(@Schema(example = "4") @NotNull @Min(1) Integer afterSlot,
                        @Schema(example = "15") @NotNull @Min(1) @Max(240) Integer minutes) {
    }
}
