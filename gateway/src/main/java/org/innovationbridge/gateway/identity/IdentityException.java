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

    public static final class NoSuchAccount extends IdentityException {
        public NoSuchAccount() {
            super("there is no account with this id");
        }
    }

    /** The token's session may not be renewed (too old, revoked, or its account disabled): only a sign-in helps. */
    public static final class SessionEnded extends IdentityException {
        public SessionEnded(String reason) {
            super(reason);
        }
    }

    /** The current password given to change it is not the account's: the caller is not who may change it. */
    public static final class WrongPassword extends IdentityException {
        public WrongPassword() {
            super("the current password is not this account's password");
        }
    }

    /** A change the rules refuse in the account's current state. */
    public static final class Refused extends IdentityException {
        public final String field;

        public Refused(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }
}
