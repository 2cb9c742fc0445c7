package org.innovationbridge.gateway.identity;

/** A request the identity rules refuse; the REST layer turns each kind into its own status. */
public abstract sealed class IdentityException extends RuntimeException {
    protected IdentityException(String message) {
        super(message);
    }

    public static final class BadCredentials extends IdentityException {
        public BadCredentials() {
            super("the username or password is wrong");
        }
    }

    public static final class InvalidField extends IdentityException {
        public final String field;

        public InvalidField(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    public static final class UsernameTaken extends IdentityException {
        public UsernameTaken() {
            super("this username is already taken");
        }
    }

    public static final class UnknownUser extends IdentityException {
        public UnknownUser() {
            super("the account of this token no longer exists");
        }
    }
}
