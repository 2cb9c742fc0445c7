package org.innovationbridge.enterprise.domain;

/** Enterprise size class as in the national SME classification (大型, 中型, 小型, 微型). */
public enum SizeClass {
    LARGE, MEDIUM, SMALL, MICRO
}
