package org.innovationbridge.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a batch of event records into index writes: translate, embed in one model call (the model is the slow
 * part of indexing, batching amortises it), write in one bulk request. A document whose text the index already
 * holds keeps its stored embedding (a status or contact change costs no model call) and is no news for the
 * match announcer. Records that cannot be used are returned with the reason, for the caller to park or skip.
 */
@ApplicationScoped
public class BatchIndexer {
    private final EventTranslator translator;
    private final Embedder embedder;
    private final SearchIndex index;

    public BatchIndexer(EventTranslator translator, Embedder embedder, SearchIndex index) {
        this.translator = translator;
        this.embedder = embedder;
        this.index = index;
    }

    public record Unusable(ConsumerRecord<String, String> record, String reason) {
    }

    /**
     * What the bulk write did with each write, the records that could not be used, and the writes whose text is
     * new to the index (not there before, not listed before, or reworded).
     */
    public record Result(List<SearchIndex.Outcome> outcomes, List<Unusable> unusable, Set<String> newText) {
        /** Listed documents this batch wrote with a text the index did not list before: the matches worth announcing. */
        public List<SearchIndex.Write> newlyListedText() {
            return outcomes.stream()
                    .filter(o -> o.status() == SearchIndex.Status.APPLIED && newText.contains(key(o.write())))
                    .map(SearchIndex.Outcome::write)
                    .filter(w -> w.document().listed() && !w.document().deleted())
                    .toList();
        }

        static String key(SearchIndex.Write write) {
            return write.kind() + ":" + write.document().id();
        }
    }

    /** Writes the batch into the index {@code target} names per kind (the live aliases, or a rebuild's indexes). */
    public Result index(Iterable<ConsumerRecord<String, String>> records, Function<DocumentKind, String> target) {
        List<ConsumerRecord<String, String>> indexed = new ArrayList<>();
        List<SearchIndex.Write> writes = new ArrayList<>();
        List<Unusable> unusable = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            EventTranslator.Translation translation = translate(record);
            if (translation.write() != null) {
                indexed.add(record);
                writes.add(translation.write());
            } else {
                unusable.add(new Unusable(record, translation.poisonReason()));
            }
        }
        Map<DocumentKind, Map<String, MatchDocument>> stored = stored(writes, target);
        Set<String> newText = new HashSet<>();
        List<SearchIndex.Write> embedded = withEmbeddings(writes, stored, newText);
        List<SearchIndex.Outcome> outcomes = index.writeTo(embedded, target);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).status() == SearchIndex.Status.REJECTED) {
                unusable.add(new Unusable(indexed.get(i), "rejected by the index: " + outcomes.get(i).reason()));
            }
        }
        return new Result(outcomes, unusable, newText);
    }

    /** What the target index holds now for the batch's problems and results, with their embeddings. */
    private Map<DocumentKind, Map<String, MatchDocument>> stored(List<SearchIndex.Write> writes,
                                                                 Function<DocumentKind, String> target) {
        Map<DocumentKind, Map<String, MatchDocument>> stored = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : List.of(DocumentKind.PROBLEM, DocumentKind.RESULT)) {
            Set<String> ids = new HashSet<>();
            writes.stream().filter(w -> w.kind() == kind && !w.document().deleted())
                    .forEach(w -> ids.add(w.document().id()));
            stored.put(kind, index.getAllWithVectors(target.apply(kind), ids));
        }
        return stored;
    }

    private List<SearchIndex.Write> withEmbeddings(List<SearchIndex.Write> writes,
                                                   Map<DocumentKind, Map<String, MatchDocument>> stored,
                                                   Set<String> newText) {
        List<String> texts = new ArrayList<>(writes.size());
        List<float[]> reused = new ArrayList<>(writes.size());
        for (SearchIndex.Write write : writes) {
            MatchDocument doc = write.document();
            MatchDocument before = doc.deleted() || write.kind() == DocumentKind.OWNER ? null
                    : stored.get(write.kind()).get(doc.id());
            boolean sameText = before != null && !before.deleted() && before.vector() != null
                    && before.meaningText().equals(doc.meaningText());
            if (!sameText || !before.listed()) {
                newText.add(Result.key(write));
            }
            texts.add(doc.deleted() || write.kind() == DocumentKind.OWNER || sameText ? null : doc.meaningText());
            reused.add(sameText ? before.vector() : null);
        }
        List<float[]> vectors = embedder.documents(texts);
        List<SearchIndex.Write> embedded = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            SearchIndex.Write write = writes.get(i);
            float[] vector = reused.get(i) != null ? reused.get(i) : vectors.get(i);
            embedded.add(vector == null ? write : new SearchIndex.Write(write.kind(), write.document().withVector(vector)));
        }
        return embedded;
    }

    private EventTranslator.Translation translate(ConsumerRecord<String, String> record) {
        try {
            return translator.translate(record.value());
        } catch (RuntimeException e) {
            return EventTranslator.Translation.poison("cannot translate: " + e);
        }
    }
}
