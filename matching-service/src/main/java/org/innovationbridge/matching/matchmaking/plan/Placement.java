package org.innovationbridge.matching.matchmaking.plan;

/**
 * Where and when a meeting takes place.
 *
 * @param slot  0-based slot index
 * @param table 0-based table index
 */
public record Placement(int slot, int table) {

    public Placement {
        if (slot < 0) {
            throw new IllegalArgumentException("slot must be >= 0, was " + slot);
        }
        if (table < 0) {
            throw new IllegalArgumentException("table must be >= 0, was " + table);
        }
    }
}
