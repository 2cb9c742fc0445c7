package org.innovationbridge.research.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a research result: draft → published → withdrawn. A published result does not go back
 * to draft (enterprises may already be talking about it), and a withdrawn one stays withdrawn.
 */
public enum ResultStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public Set<ResultStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(WITHDRAWN);
            case WITHDRAWN -> EnumSet.noneOf(ResultStatus.class);
        };
    }

    public boolean canMoveTo(ResultStatus target) {
        return next().contains(target);
    }
}
