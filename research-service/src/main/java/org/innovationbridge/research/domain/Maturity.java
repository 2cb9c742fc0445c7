package org.innovationbridge.research.domain;

/** 成熟度: laboratory, pilot (小试), scale-up (中试), industrialised (产业化). */
public enum Maturity {
    LAB, PILOT, SCALE_UP, INDUSTRIALISED
}
