/**
 * Exact optimisation core of matchmaking events: who meets whom ({@link org.innovationbridge.matching.matchmaking.plan.Pairing})
 * and when and where ({@link org.innovationbridge.matching.matchmaking.plan.Scheduler}).
 *
 * <p>Pure Java, no framework or database: everything is addressed by {@code int} index. Enterprises are
 * {@code 0..enterprises-1}, institutions {@code 0..institutions-1}, slots {@code 0..slots-1}, tables
 * {@code 0..tables-1}, meetings by their position in {@link org.innovationbridge.matching.matchmaking.plan.ScheduleProblem#meetings()}.
 * Callers map their identifiers (and 1-based slot numbers) to these indexes and back.
 *
 * <p>Inputs are immutable records that check themselves: an index out of range or a negative limit throws
 * {@link java.lang.IllegalArgumentException} naming the offending field, so a caller that validated its own
 * input never sees one.
 */
package org.innovationbridge.matching.matchmaking.plan;
