package org.innovationbridge.enterprise.domain;

/** Who may see the enterprise behind a problem: a confidential problem is listed without the enterprise's name. */
public enum Visibility {
    PUBLIC, CONFIDENTIAL
}
