package org.innovationbridge.gateway.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.gateway.config.GatewayConfig;
import org.innovationbridge.gateway.config.IdentityConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;

/**
 * Which organisation a user created. The owning service records the creator's {@code sub} as the owner of the
 * enterprise or institution it creates, and answers {@code GET /enterprises/owned-by/{sub}} (or
 * {@code /institutions/owned-by/{sub}}) to that user (or an admin) only; the gateway asks with a short-lived token
 * of the user itself, so no service trusts the gateway more than the user.
 */
@ApplicationScoped
public class OrganisationDirectory {
    private static final Logger LOG = Logger.getLogger(OrganisationDirectory.class);

    private final GatewayConfig routes;
    private final IdentityConfig config;
    private final Tokens tokens;
    private final ObjectMapper json;
    private final HttpClient http;

    public OrganisationDirectory(GatewayConfig routes, IdentityConfig config, Tokens tokens, ObjectMapper json) {
        this.routes = routes;
        this.config = config;
        this.tokens = tokens;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.organisationLookupTimeout()).build();
    }

    /** Empty when the user has created none yet, or when the service cannot say right now (then it is asked again next time). */
    public Optional<UUID> organisationOf(UserAccount user) {
        URI base = switch (user.role()) {
            case ENTERPRISE -> routes.enterpriseUrl().resolve("/enterprises/owned-by/" + user.id);
            case INSTITUTION -> routes.researchUrl().resolve("/institutions/owned-by/" + user.id);
            case ORGANISER, ADMIN -> null;
        };
        if (base == null) {
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(base).timeout(config.organisationLookupTimeout())
                .header("Authorization", "Bearer " + tokens.shortLived(user))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode body = json.readTree(response.body());
                return Optional.of(UUID.fromString(body.path("id").asText()));
            }
            if (response.statusCode() != 404) {
                LOG.warnf("%s answered %d; %s signs in without an organisation for now", base, response.statusCode(),
                        user.username);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("cannot ask %s (%s); %s signs in without an organisation for now", base, e, user.username);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}
