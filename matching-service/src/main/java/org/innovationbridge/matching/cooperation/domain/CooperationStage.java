package org.innovationbridge.matching.cooperation.domain;

/** Stages of a cooperation, in the order it moves through them; TERMINATED can end it from any stage. */
public enum CooperationStage {
    INITIAL_CONTACT("初步接触"),
    NEGOTIATING("洽谈中"),
    INTENT_SIGNED("签订意向"),
    CONTRACT_SIGNED("签订合同"),
    IMPLEMENTING("实施中"),
    INDUSTRIALISED("已产业化"),
    TERMINATED("终止");

    public final String label;

    CooperationStage(String label) {
        this.label = label;
    }

    /** Nothing follows a terminated or an industrialised cooperation. */
    public boolean isFinal() {
        return this == TERMINATED || this == INDUSTRIALISED;
    }
}
