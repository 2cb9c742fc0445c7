package org.innovationbridge.enterprise.domain;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a technical problem: draft → published → in talks → solved, or withdrawn before it is solved. */
public enum ProblemStatus {
    DRAFT, PUBLISHED, IN_TALKS, SOLVED, WITHDRAWN;

    public Set<ProblemStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(IN_TALKS, WITHDRAWN);
            case IN_TALKS -> EnumSet.of(PUBLISHED, SOLVED, WITHDRAWN);
            case SOLVED, WITHDRAWN -> EnumSet.noneOf(ProblemStatus.class);
        };
    }

    public boolean canMoveTo(ProblemStatus target) {
        return next().contains(target);
    }
}
