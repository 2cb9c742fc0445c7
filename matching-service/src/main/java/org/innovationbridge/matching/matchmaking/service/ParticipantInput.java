package org.innovationbridge.matching.matchmaking.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;

import java.util.List;
import java.util.UUID;

/** Registration of an enterprise with its problems or an institution with its results. */
public record ParticipantInput(
        @NotNull OrganisationType organisationType,
        @NotNull UUID organisationId,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> itemIds,
        @Min(0) @Max(100) Integer minMeetings,
        @Min(1) @Max(100) Integer maxMeetings,
        @Size(max = 100) List<@NotNull Integer> unavailableSlots,
        Boolean autoAccept) {
}
