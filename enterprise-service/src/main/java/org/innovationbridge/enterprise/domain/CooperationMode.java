package org.innovationbridge.enterprise.domain;

/** 合作方式: how an enterprise is willing to take up a research result. */
public enum CooperationMode {
    TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, CONSULTING, JOINT_PLATFORM
}
