package org.innovationbridge.matching.search;

/** The two sides of a match, each with its own index behind an alias. */
public enum DocumentKind {
    PROBLEM("problems"), RESULT("results");

    public final String alias;

    DocumentKind(String alias) {
        this.alias = alias;
    }
}
