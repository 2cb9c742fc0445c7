package org.innovationbridge.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.gateway.config.IdentityConfig;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class IdentityService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 128;

    private final UserRepository users;
    private final OrganisationDirectory directory;
    private final IdentityConfig config;

    public IdentityService(UserRepository users, OrganisationDirectory directory, IdentityConfig config) {
        this.users = users;
        this.directory = directory;
        this.config = config;
    }

    /** Creates an account; who may create which role is the caller's concern. */
    @Transactional
    public UserAccount create(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IdentityException.InvalidField("username", "must be 3-64 letters, digits, '.', '_' or '-'");
        }
        requireAcceptable("password", password);
        if (users.findByUsername(username).isPresent()) {
            throw new IdentityException.UsernameTaken();
        }
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.username = username;
        user.passwordHash = PasswordHasher.hash(password);
        user.roleClaim = role.claim();
        user.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        users.persistAndFlush(user);
        return user;
    }

    /** The account for these credentials, its organisation looked up if not yet known. */
    @Transactional
    public UserAccount signIn(String username, String password) {
        Optional<UserAccount> found = username == null ? Optional.empty() : users.findByUsername(username);
        String hash = found.map(u -> u.passwordHash).orElse(PasswordHasher.DECOY);
        boolean matches = password != null && PasswordHasher.matches(password, hash);
        if (found.isEmpty() || !matches) {
            throw new IdentityException.BadCredentials();
        }
        if (found.get().disabled) {
            throw new IdentityException.SessionEnded("this account is disabled");
        }
        return bindOrganisation(found.get());
    }

    /**
     * The current state of the token's account, organisation included, for a fresh token of the same session: refused
     * once the session is older than its lifetime, the account disabled, or the password changed since the sign-in.
     */
    @Transactional
    public UserAccount refresh(UUID id, Optional<Instant> signedInAt, Optional<Integer> generation) {
        UserAccount user = find(id);
        if (user.disabled) {
            throw new IdentityException.SessionEnded("this account is disabled");
        }
        if (signedInAt.isEmpty() || Instant.now().isAfter(signedInAt.get().plus(config.sessionLifetime()))) {
            throw new IdentityException.SessionEnded("this session began more than " + config.sessionLifetime()
                    + " ago; sign in again");
        }
        if (generation.isEmpty() || generation.get() != user.tokenGeneration) {
            throw new IdentityException.SessionEnded("this account's password was changed or its access revoked since"
                    + " this session's sign-in; sign in again");
        }
        return bindOrganisation(user);
    }

    /** A new password for the account, given its current one; every earlier session stops refreshing. */
    @Transactional
    public UserAccount changePassword(UUID id, String currentPassword, String newPassword) {
        UserAccount user = find(id);
        // the new password's form first: a wrong current one is a 403, which says nothing about the new one
        requireAcceptable("newPassword", newPassword);
        if (currentPassword == null || !PasswordHasher.matches(currentPassword, user.passwordHash)) {
            throw new IdentityException.WrongPassword();
        }
        user.passwordHash = PasswordHasher.hash(newPassword);
        user.tokenGeneration++;
        return bindOrganisation(user);
    }

    /** Disables or re-enables an account (an admin's decision); disabling also ends its sessions at their next refresh. */
    @Transactional
    public UserAccount setDisabled(UUID adminId, UUID id, boolean disabled) {
        if (disabled && adminId.equals(id)) {
            throw new IdentityException.Refused("status", "an admin cannot disable their own account");
        }
        UserAccount user = users.findByIdOptional(id).orElseThrow(IdentityException.NoSuchAccount::new);
        if (disabled && !user.disabled) {
            user.tokenGeneration++;
        }
        user.disabled = disabled;
        return user;
    }

    public UserAccount find(UUID id) {
        return users.findByIdOptional(id).orElseThrow(IdentityException.UnknownUser::new);
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    private static void requireAcceptable(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new IdentityException.InvalidField(field,
                    "must be " + MIN_PASSWORD + "-" + MAX_PASSWORD + " characters long");
        }
    }

    private UserAccount bindOrganisation(UserAccount user) {
        if (user.organisationId == null && user.role().ownsOrganisation()) {
            directory.organisationOf(user).ifPresent(id -> user.organisationId = id);
        }
        return user;
    }
}
