package org.innovationbridge.matching.matchmaking.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.innovationbridge.matching.matchmaking.domain.EventKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What an organiser sends to create or change an event. */
public record EventInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull EventKind kind,
        @Size(max = 300) String venue,
        @NotNull LocalDate date,
        @NotNull @Valid Slots slots,
        @NotNull @Min(1) @Max(500) Integer tables,
        @Size(max = 500) String roomUrlTemplate,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> focusChains,
        @Min(0) @Max(100) Integer defaultMinMeetings,
        @Min(1) @Max(100) Integer defaultMaxMeetings) {

    /** The time grid: first slot's start, each slot's length, how many, and breaks between them. */
    public record Slots(
            @NotNull LocalTime start,
            @NotNull @Min(5) @Max(240) Integer minutes,
            @NotNull @Min(1) @Max(100) Integer count,
            @Size(max = 20) List<@NotNull @Valid Break> breaks) {
    }

    /** A pause of {@code minutes} after slot {@code afterSlot} (1-based). */
    public record Break(@NotNull @Min(1) Integer afterSlot, @NotNull @Min(1) @Max(240) Integer minutes) {
    }
}
