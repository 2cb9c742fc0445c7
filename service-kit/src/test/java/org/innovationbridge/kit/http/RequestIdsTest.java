package org.innovationbridge.kit.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {
    @Test
    void keepsShortLogSafeIdsOnly() {
        assertThat(RequestIds.valid("client-7f3a.2:b_9")).isTrue();
        assertThat(RequestIds.valid(null)).isFalse();
        assertThat(RequestIds.valid("")).isFalse();
        assertThat(RequestIds.valid("two words")).isFalse();
        assertThat(RequestIds.valid("forged\nINFO line")).isFalse();
        assertThat(RequestIds.valid("x".repeat(129))).isFalse();
        assertThat(RequestIds.valid("x".repeat(128))).isTrue();
    }
}
