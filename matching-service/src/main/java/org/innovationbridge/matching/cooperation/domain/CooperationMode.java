package org.innovationbridge.matching.cooperation.domain;

/** 合作方式, with the codes the writers use. */
public enum CooperationMode {
    TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, CONSULTING, JOINT_PLATFORM
}
