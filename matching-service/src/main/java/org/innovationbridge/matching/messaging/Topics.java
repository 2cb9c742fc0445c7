package org.innovationbridge.matching.messaging;

import java.util.List;

/** Topics the matcher consumes (published by the writers under the same names) and its dead-letter topic. */
public final class Topics {
    public static final String PROBLEM_EVENTS = "ib.problem.events";
    public static final String RESULT_EVENTS = "ib.result.events";
    public static final String DEAD_LETTER = "ib.matching.dead-letter";

    public static final List<String> INDEXED = List.of(PROBLEM_EVENTS, RESULT_EVENTS);

    private Topics() {
    }
}
