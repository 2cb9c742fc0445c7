package org.innovationbridge.research.domain;

/** 合作方式: how an institution is willing to hand a research result over to an enterprise. */
public enum CooperationMode {
    TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, CONSULTING, JOINT_PLATFORM
}
