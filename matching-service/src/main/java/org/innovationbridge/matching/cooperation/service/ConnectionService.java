package org.innovationbridge.matching.cooperation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.cooperation.domain.Connection;
import org.innovationbridge.matching.cooperation.domain.ConnectionMessage;
import org.innovationbridge.matching.cooperation.domain.ConnectionStatus;
import org.innovationbridge.matching.cooperation.domain.DeclineReason;
import org.innovationbridge.matching.cooperation.domain.CooperationOrigin;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;
import org.innovationbridge.matching.cooperation.domain.ItemKind;
import org.innovationbridge.matching.cooperation.domain.Party;
import org.innovationbridge.matching.cooperation.repository.ConnectionRepository;
import org.innovationbridge.matching.cooperation.repository.CooperationRepository;
import org.innovationbridge.matching.cooperation.repository.MessageRepository;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Connection requests (对接申请): asked from one of the caller's own listed items to another organisation's listed
 * item, answered by that organisation; an accepted one grants both sides each other's contact details and opens a
 * message thread. The index tells who owns what and what is listed, as it does for search.
 */
@ApplicationScoped
public class ConnectionService {
    private static final Duration RATE_WINDOW = Duration.ofHours(1);

    private final ConnectionRepository connections;
    private final MessageRepository messages;
    private final SearchIndex index;
    private final HybridRanker ranker;
    private final QueryFactory queries;
    private final ContactGrants grants;
    private final ConnectionsConfig config;
    private final CooperationService cooperations;
    private final CooperationRepository cooperationRows;

    public ConnectionService(ConnectionRepository connections, MessageRepository messages, SearchIndex index,
                             HybridRanker ranker, QueryFactory queries, ContactGrants grants, ConnectionsConfig config,
                             CooperationService cooperations, CooperationRepository cooperationRows) {
        this.connections = connections;
        this.messages = messages;
        this.index = index;
        this.ranker = ranker;
        this.queries = queries;
        this.grants = grants;
        this.config = config;
        this.cooperations = cooperations;
        this.cooperationRows = cooperationRows;
    }

    public record Thread(List<ConnectionMessage> items, long unread) {
    }

    @Transactional
    public Connection request(Caller caller, ConnectionInput input) {
        UUID organisation = caller.organisation().filter(org -> asking(caller) != null)
                .orElseThrow(() -> new DomainException.Forbidden(
                        "only an enterprise or institution account with its organisation sends connection requests"));
        ItemKind fromKind = input.fromItem().kind();
        if (fromKind.owner != asking(caller)) {
            throw new DomainException.InvalidField("fromItem.kind", "must be one of your own "
                    + (asking(caller) == OrganisationType.ENTERPRISE ? "problems (PROBLEM)" : "results (RESULT)"));
        }
        // both items are looked up before their kinds are compared: what does not exist is a 404, whatever else
        MatchDocument from = index.get(fromKind.document, input.fromItem().id().toString())
                .filter(doc -> !doc.deleted())
                .orElseThrow(() -> new DomainException.NotFound(kindName(fromKind), input.fromItem().id()));
        if (!organisation.toString().equals(from.ownerId())) {
            throw new DomainException.InvalidField("fromItem.id", "is not one of your organisation's "
                    + kindName(fromKind) + "s");
        }
        if (!from.listed()) {
            throw new DomainException.InvalidField("fromItem.id", "must be published before you ask about it");
        }
        ItemKind toKind = input.toItem().kind();
        MatchDocument to = index.get(toKind.document, input.toItem().id().toString())
                .filter(doc -> !doc.deleted() && doc.listed() && doc.ownerId() != null)
                .orElseThrow(() -> new DomainException.NotFound(kindName(toKind), input.toItem().id()));
        if (toKind == fromKind) {
            throw new DomainException.InvalidField("toItem.kind",
                    "must be the other kind: a problem asks a result's owner, a result a problem's");
        }
        if (organisation.toString().equals(to.ownerId())) {
            throw new DomainException.InvalidField("toItem.id", "is your own organisation's item");
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (connections.sentBySince(caller.accountId(), now.minus(RATE_WINDOW)) >= config.perAccountPerHour()) {
            throw new DomainException.TooMany("at most " + config.perAccountPerHour()
                    + " connection requests an hour from one account", RATE_WINDOW);
        }
        Connection open = connections.openBetween(input.fromItem().id(), input.toItem().id()).orElse(null);
        if (open != null && !expired(open)) {
            throw new DomainException.Conflict("toItem.id",
                    "an open connection request between these two items exists already: " + open.id);
        }
        if (open != null) { // past its time but not swept yet: it makes room for this one
            open.status = ConnectionStatus.EXPIRED;
            connections.flush();
        }
        Connection connection = new Connection();
        connection.id = UUID.randomUUID();
        connection.status = ConnectionStatus.PENDING;
        connection.requesterType = fromKind.owner;
        connection.requesterId = organisation;
        connection.requesterAccount = caller.accountId();
        connection.requesterName = nameOf(organisation.toString(), from.ownerName());
        connection.receiverType = toKind.owner;
        connection.receiverId = UUID.fromString(to.ownerId());
        connection.receiverName = nameOf(to.ownerId(), to.ownerName());
        connection.fromKind = fromKind;
        connection.fromItemId = input.fromItem().id();
        connection.fromTitle = from.title();
        connection.toKind = toKind;
        connection.toItemId = input.toItem().id();
        connection.toTitle = to.title();
        connection.toAnonymous = Boolean.TRUE.equals(to.anonymous());
        connection.message = input.message().strip();
        connection.cooperationModes = input.cooperationModes() == null ? List.of()
                : input.cooperationModes().stream().distinct().map(Enum::name).toList();
        explain(connection, from, toKind.document);
        connection.createdAt = now;
        connections.persist(connection);
        connections.flush(); // a concurrent twin request fails here, on the open-pair index
        return connection;
    }

    /** The ranker's view of this one pair when it was asked: score, strength and the words they share. */
    private void explain(Connection connection, MatchDocument from, DocumentKind target) {
        ranker.rank(target, queries.fromDocument(from),
                        SearchIndex.Filters.onlyIds(List.of(connection.toItemId.toString())), 1, RankingWeights.SHIPPED)
                .stream().findFirst().ifPresent(hit -> {
                    connection.matchScore = hit.score();
                    connection.matchStrength = hit.why().strength() == null ? null : hit.why().strength().name();
                    connection.matchedTerms = hit.why().matchedTerms();
                });
    }

    /** An organisation's current name from the owners index; the item's copy when the owner is not indexed yet. */
    private String nameOf(String organisationId, String fallback) {
        return index.get(DocumentKind.OWNER, organisationId).map(MatchDocument::title).orElse(fallback == null ? "" : fallback);
    }

    /** A request as its two sides and the bureau read it; anyone else is told it does not exist. */
    public Connection readable(Caller caller, UUID id) {
        return connections.findByIdOptional(id)
                .filter(connection -> caller.oversees()
                        || caller.organisation().map(connection::joins).orElse(false))
                .orElseThrow(() -> new DomainException.NotFound("connection request", id));
    }

    /** The caller's organisation's requests (the bureau's: everyone's); box incoming, outgoing or both. */
    public List<Connection> list(Caller caller, String box, ConnectionStatus status, int page, int size) {
        boolean sent = box == null || "outgoing".equals(box);
        boolean received = box == null || "incoming".equals(box);
        if (caller.oversees() && caller.organisation().isEmpty()) {
            return connections.of(null, true, true, status, page, size);
        }
        UUID organisation = caller.organisation().orElseThrow(() -> new DomainException.Forbidden(
                "create your enterprise or institution first"));
        return connections.of(organisation, sent, received, status, page, size);
    }

    @Transactional
    public Connection accept(Caller caller, UUID id) {
        Connection connection = pendingFor(caller, id, true);
        connection.status = ConnectionStatus.ACCEPTED;
        connection.answeredAt = OffsetDateTime.now();
        grants.grant(connection.id, ContactGrants.Source.CONNECTION, requester(connection), receiver(connection));
        String title = connection.fromKind == ItemKind.PROBLEM
                ? connection.fromTitle + " ⇄ " + connection.toTitle : connection.toTitle + " ⇄ " + connection.fromTitle;
        cooperations.open(CooperationOrigin.CONNECTION, connection.id,
                new Party(connection.requesterType, connection.requesterId, connection.requesterName),
                new Party(connection.receiverType, connection.receiverId, connection.receiverName),
                title, CooperationStage.INITIAL_CONTACT, caller);
        return connection;
    }

    /** The cooperation an accepted connection opened. */
    public Optional<UUID> cooperationOf(Connection connection) {
        return connection.status != ConnectionStatus.ACCEPTED ? Optional.empty()
                : cooperationRows.byOrigin(CooperationOrigin.CONNECTION, connection.id).map(c -> c.id);
    }

    @Transactional
    public Connection decline(Caller caller, UUID id, DeclineReason reason, String note) {
        Connection connection = pendingFor(caller, id, true);
        connection.status = ConnectionStatus.DECLINED;
        connection.answeredAt = OffsetDateTime.now();
        connection.declineReason = reason;
        connection.declineNote = note == null || note.isBlank() ? null : note.strip();
        return connection;
    }

    @Transactional
    public Connection withdraw(Caller caller, UUID id) {
        Connection connection = pendingFor(caller, id, false);
        connection.status = ConnectionStatus.WITHDRAWN;
        connection.answeredAt = OffsetDateTime.now();
        return connection;
    }

    /** An admin takes back an accepted connection's contact grant; the cooperation and the thread stay. */
    @Transactional
    public Connection revokeGrant(Caller caller, UUID id) {
        Connection connection = readable(caller, id);
        if (connection.status != ConnectionStatus.ACCEPTED) {
            throw new DomainException.Conflict("status", "only an accepted connection grants contact details");
        }
        if (connection.grantRevokedAt != null) {
            throw new DomainException.Conflict("status", "the contact grant was revoked already");
        }
        connection.grantRevokedAt = OffsetDateTime.now();
        grants.revoke(connection.id, ContactGrants.Source.CONNECTION, requester(connection), receiver(connection));
        return connection;
    }

    /** The open request the caller may answer (receiving) or withdraw (requesting). */
    private Connection pendingFor(Caller caller, UUID id, boolean receiving) {
        Connection connection = readable(caller, id);
        UUID side = receiving ? connection.receiverId : connection.requesterId;
        if (!caller.represents(side)) {
            throw new DomainException.Forbidden(receiving ? "only the organisation asked answers a connection request"
                    : "only the organisation that asked withdraws a connection request");
        }
        if (connection.status == ConnectionStatus.PENDING && expired(connection)) {
            throw new DomainException.Conflict("status", "the request expired on " + connection.createdAt
                    .plus(config.expireAfter()).toLocalDate() + "; ask again");
        }
        if (connection.status != ConnectionStatus.PENDING) {
            throw new DomainException.Conflict("status", "the request is " + connection.status + ", no longer open");
        }
        return connection;
    }

    /** What a reader sees: a request past its time reads as expired even before the sweep has marked it. */
    public ConnectionStatus statusOf(Connection connection) {
        return connection.status == ConnectionStatus.PENDING && expired(connection) ? ConnectionStatus.EXPIRED
                : connection.status;
    }

    private boolean expired(Connection connection) {
        return connection.createdAt.plus(config.expireAfter()).isBefore(OffsetDateTime.now());
    }

    @Transactional
    public int expireOverdue() {
        return connections.expireOlderThan(OffsetDateTime.now().minus(config.expireAfter()));
    }

    public Thread thread(Caller caller, UUID id) {
        Connection connection = readable(caller, id);
        List<ConnectionMessage> items = messages.thread(connection.id);
        long unread = caller.organisation().filter(connection::joins)
                .map(reader -> items.stream().filter(m -> !m.authorId.equals(reader) && m.readAt == null).count())
                .orElse(0L);
        return new Thread(items, unread);
    }

    @Transactional
    public ConnectionMessage send(Caller caller, UUID id, String text) {
        Connection connection = side(caller, id);
        if (connection.status != ConnectionStatus.ACCEPTED) {
            throw new DomainException.Conflict("status", "messages follow an accepted connection; this one is "
                    + statusOf(connection));
        }
        ConnectionMessage message = new ConnectionMessage();
        message.id = UUID.randomUUID();
        message.connectionId = connection.id;
        message.authorId = caller.organisation().orElseThrow();
        message.text = text.strip();
        message.sentAt = OffsetDateTime.now();
        messages.persist(message);
        return message;
    }

    @Transactional
    public int markRead(Caller caller, UUID id) {
        Connection connection = side(caller, id);
        return messages.markRead(connection.id, caller.organisation().orElseThrow(), OffsetDateTime.now());
    }

    /** A connection the caller's organisation is one side of (the bureau reads threads, but does not write). */
    private Connection side(Caller caller, UUID id) {
        Connection connection = readable(caller, id);
        if (!caller.organisation().map(connection::joins).orElse(false)) {
            throw new DomainException.Forbidden("only the two sides write in a connection's thread");
        }
        return connection;
    }

    private static String kindName(ItemKind kind) {
        return kind == ItemKind.PROBLEM ? "problem" : "result";
    }

    private static OrganisationType asking(Caller caller) {
        return caller.hasRole(Caller.ENTERPRISE) ? OrganisationType.ENTERPRISE
                : caller.hasRole(Caller.INSTITUTION) ? OrganisationType.INSTITUTION : null;
    }

    private static ContactGrants.Party requester(Connection connection) {
        return new ContactGrants.Party(connection.requesterType, connection.requesterId);
    }

    private static ContactGrants.Party receiver(Connection connection) {
        return new ContactGrants.Party(connection.receiverType, connection.receiverId);
    }
}
