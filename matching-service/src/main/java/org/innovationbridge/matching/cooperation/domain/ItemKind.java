package org.innovationbridge.matching.cooperation.domain;

import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.search.DocumentKind;

/** The two kinds of item a connection joins: an enterprise's problem and an institution's result. */
public enum ItemKind {
    PROBLEM(DocumentKind.PROBLEM, OrganisationType.ENTERPRISE),
    RESULT(DocumentKind.RESULT, OrganisationType.INSTITUTION);

    public final DocumentKind document;
    public final OrganisationType owner;

    ItemKind(DocumentKind document, OrganisationType owner) {
        this.document = document;
        this.owner = owner;
    }
}
