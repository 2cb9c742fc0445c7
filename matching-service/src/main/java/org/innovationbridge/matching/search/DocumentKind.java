package org.innovationbridge.matching.search;

/**
 * What the indexes hold, each kind behind its own alias: the two sides of a match, and their owners
 * (enterprises and institutions), whose current names are looked up when hits are shown.
 */
public enum DocumentKind {
    PROBLEM("problems"), RESULT("results"), OWNER("owners");

    public final String alias;

    DocumentKind(String alias) {
        this.alias = alias;
    }
}
