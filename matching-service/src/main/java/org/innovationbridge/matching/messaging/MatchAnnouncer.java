package org.innovationbridge.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.innovationbridge.matching.config.MatchFoundConfig;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Announces strong counterparts of problems and results the indexer has just written, as {@code match.found}
 * events on {@link Topics#MATCH_EVENTS}; weaker hits are not news, nor is a change that leaves the text as it
 * was (a status, a contact). Ids are derived from the pair and the arriving version, so a replayed batch
 * announces the same events again under the same ids and readers can drop the repeats.
 */
@ApplicationScoped
public class MatchAnnouncer {
    static final String MATCH_FOUND = "match.found";

    private final MatchFoundConfig config;
    private final SearchIndex index;
    private final HybridRanker ranker;
    private final QueryFactory queries;
    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final MatchingConfig.Kafka kafka;

    public MatchAnnouncer(MatchFoundConfig config, SearchIndex index, HybridRanker ranker, QueryFactory queries,
                          Producer<String, String> producer, ObjectMapper json, MatchingConfig matching) {
        this.config = config;
        this.index = index;
        this.ranker = ranker;
        this.queries = queries;
        this.producer = producer;
        this.json = json;
        this.kafka = matching.kafka();
    }

    /** Announces the strong matches of what arrived with a text the index did not list before. */
    public void announce(BatchIndexer.Result indexed) throws Exception {
        if (!config.enabled()) {
            return;
        }
        List<SearchIndex.Write> arrived = indexed.newlyListedText();
        if (arrived.isEmpty()) {
            return;
        }
        index.refresh(); // counterparts written in this same batch must be visible to the search below
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (SearchIndex.Write write : arrived) {
            DocumentKind other = write.kind() == DocumentKind.PROBLEM ? DocumentKind.RESULT : DocumentKind.PROBLEM;
            List<HybridRanker.Ranked> best = ranker.rank(other, queries.fromDocument(write.document()),
                    SearchIndex.Filters.NONE, config.top(), RankingWeights.SHIPPED);
            for (HybridRanker.Ranked match : best) {
                if (match.why().strength().atLeast(config.minStrength())) {
                    acks.add(producer.send(event(write, match)));
                }
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private ProducerRecord<String, String> event(SearchIndex.Write arrived, HybridRanker.Ranked match) throws Exception {
        MatchDocument doc = arrived.document();
        boolean problemArrived = arrived.kind() == DocumentKind.PROBLEM;
        MatchDocument problem = problemArrived ? doc : match.document();
        MatchDocument result = problemArrived ? match.document() : doc;
        String pair = problem.id() + "|" + result.id();
        UUID matchId = UUID.nameUUIDFromBytes(pair.getBytes(StandardCharsets.UTF_8));
        UUID eventId = UUID.nameUUIDFromBytes((pair + "|" + arrived.kind() + "|" + doc.aggregateVersion())
                .getBytes(StandardCharsets.UTF_8));
        ObjectNode payload = json.createObjectNode()
                .put("problemId", problem.id())
                .put("problemTitle", problem.title())
                .put("resultId", result.id())
                .put("resultTitle", result.title())
                .put("arrived", arrived.kind().name())
                .put("score", match.score())
                .put("similarity", match.why().similarity())
                .put("strength", match.why().strength().name());
        match.why().matchedTerms().forEach(payload.putArray("matchedTerms")::add);
        match.why().structure().agreed().forEach(payload.putArray("agreed")::add);
        ObjectNode envelope = json.createObjectNode()
                .put("schema", EventTranslator.SCHEMA)
                .put("eventId", eventId.toString())
                .put("eventType", MATCH_FOUND)
                .put("aggregateType", "match")
                .put("aggregateId", matchId.toString())
                .put("aggregateVersion", doc.aggregateVersion())
                .put("occurredAt", OffsetDateTime.now().toString());
        envelope.set("payload", payload);
        return new ProducerRecord<>(kafka.topic(Topics.MATCH_EVENTS), matchId.toString(), json.writeValueAsString(envelope));
    }
}
