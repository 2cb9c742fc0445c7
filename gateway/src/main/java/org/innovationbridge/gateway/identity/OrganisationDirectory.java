package org.innovationbridge.gateway.identity;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.innovationbridge.gateway.config.GatewayConfig;
import org.innovationbridge.gateway.config.IdentityConfig;
import org.jboss.logging.Logger;

/**
 * Which organisation a user created. The owning service records the creator's {@code sub} as the owner of the
 * enterprise or institution it creates, and answers {@code GET /enterprises/owned-by/{sub}} (or
 * {@code /institutions/owned-by/{sub}}) to that user (or an admin) only; the gateway asks with a short-lived token
 * of the user itself, so no service trusts the gateway more than the user.
 */
@ApplicationScoped
public class OrganisationDirectory {
    private static final Logger LOG = Logger.getLogger(OrganisationDirectory.class);

    private final Tokens tokens;
    private final OwnedOrganisationApi enterprises;
    private final OwnedOrganisationApi institutions;

    public OrganisationDirectory(GatewayConfig routes, IdentityConfig config, Tokens tokens) {
        this.tokens = tokens;
        this.enterprises = client(routes.enterpriseUrl(), config.organisationLookupTimeout());
        this.institutions = client(routes.researchUrl(), config.organisationLookupTimeout());
    }

    private static OwnedOrganisationApi client(URI base, Duration timeout) {
        return QuarkusRestClientBuilder.newBuilder().baseUri(base)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(OwnedOrganisationApi.class);
    }

    /**
     * Empty when the user has created none yet, or when the service cannot say right now (then it is asked again
     * next time). Outside any transaction of the caller's: the client finishes the call on a thread of its own,
     * which must not join (and so hold open) the caller's transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<UUID> organisationOf(UserAccount user) {
        String authorization = "Bearer " + tokens.shortLived(user);
        try {
            OwnedOrganisationApi.Owned owned = switch (user.role()) {
                case ENTERPRISE -> enterprises.enterpriseOwnedBy(user.id, authorization);
                case INSTITUTION -> institutions.institutionOwnedBy(user.id, authorization);
                case ORGANISER, ADMIN -> null;
            };
            return Optional.ofNullable(owned).map(OwnedOrganisationApi.Owned::id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
                LOG.warnf("the owning service answered %d; %s signs in without an organisation for now",
                        e.getResponse().getStatus(), user.username);
            }
        } catch (ProcessingException e) {
            LOG.warnf("cannot ask the owning service (%s); %s signs in without an organisation for now", e.getMessage(),
                    user.username);
        }
        return Optional.empty();
    }
}
