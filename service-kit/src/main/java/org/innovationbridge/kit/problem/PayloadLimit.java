package org.innovationbridge.kit.problem;

/**
 * A service that accepts large bodies (uploads) says here how a body over its limit is explained; without one,
 * {@link ErrorMapper} answers a 413 with the framework's words.
 */
public interface PayloadLimit {
    ProblemDetails tooLarge();
}
