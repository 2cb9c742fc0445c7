package org.innovationbridge.matching.cooperation.domain;

import org.innovationbridge.matching.matchmaking.domain.OrganisationType;

import java.util.UUID;

/** One of the two organisations of a cooperation, with the name it had when the cooperation opened. */
public record Party(OrganisationType type, UUID id, String name) {
}
