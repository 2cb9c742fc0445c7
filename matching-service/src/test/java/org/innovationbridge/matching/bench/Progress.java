package org.innovationbridge.matching.bench;

/** One progress line on the terminal, rewritten in place, so a long phase shows it is moving. */
final class Progress {
    static void show(String what, long done, long total) {
        System.out.printf("\r  %s: %,d / %,d", what, done, total);
        if (done >= total) {
            System.out.println();
        }
    }

    private Progress() {
    }
}
