package org.innovationbridge.matching.ranking;

/** How strong a match is, as a person reads it: 强, 中 or 弱. Only strong hits are called matches. */
public enum Strength {
    STRONG, MEDIUM, WEAK;

    public boolean atLeast(Strength other) {
        return compareTo(other) <= 0;
    }
}
