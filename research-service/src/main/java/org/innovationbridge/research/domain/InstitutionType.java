package org.innovationbridge.research.domain;

/** 高校, 科研院所, 新型研发机构. */
public enum InstitutionType {
    UNIVERSITY, RESEARCH_INSTITUTE, NEW_RND_ORGANISATION
}
