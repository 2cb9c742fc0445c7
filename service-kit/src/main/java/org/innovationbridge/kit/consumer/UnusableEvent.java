package org.innovationbridge.kit.consumer;

/** An event no retry can apply; its message is the reason written on the dead letter. */
public class UnusableEvent extends RuntimeException {
    public UnusableEvent(String reason) {
        super(reason);
    }
}
