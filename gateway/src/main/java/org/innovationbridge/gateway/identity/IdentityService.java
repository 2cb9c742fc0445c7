package org.innovationbridge.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    public IdentityService(UserRepository users, OrganisationDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    /** Creates an account; who may create which role is the caller's concern. */
    @Transactional
    public UserAccount create(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IdentityException.InvalidField("username", "must be 3-64 letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new IdentityException.InvalidField("password",
                    "must be " + MIN_PASSWORD + "-" + MAX_PASSWORD + " characters long");
        }
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
        return bindOrganisation(found.get());
    }

    /** The current state of the token's account, organisation included, for a fresh token. */
    @Transactional
    public UserAccount refresh(UUID id) {
        return bindOrganisation(find(id));
    }

    public UserAccount find(UUID id) {
        return users.findByIdOptional(id).orElseThrow(IdentityException.UnknownUser::new);
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    private UserAccount bindOrganisation(UserAccount user) {
        if (user.organisationId == null && user.role().ownsOrganisation()) {
            directory.organisationOf(user).ifPresent(id -> user.organisationId = id);
        }
        return user;
    }
}
