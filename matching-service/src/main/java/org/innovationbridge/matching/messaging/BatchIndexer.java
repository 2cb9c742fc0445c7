package org.innovationbridge.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a batch of event records into index writes: translate, embed in one model call (the model is the slow
 * part of indexing, batching amortises it), write in one bulk request. Records that cannot be used are returned
 * with the reason, for the caller to park or skip.
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

    public record Result(List<SearchIndex.Outcome> outcomes, List<Unusable> unusable) {
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
        List<SearchIndex.Outcome> outcomes = index.writeTo(withEmbeddings(writes), target);
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).status() == SearchIndex.Status.REJECTED) {
                unusable.add(new Unusable(indexed.get(i), "rejected by the index: " + outcomes.get(i).reason()));
            }
        }
        return new Result(outcomes, unusable);
    }

    private List<SearchIndex.Write> withEmbeddings(List<SearchIndex.Write> writes) {
        List<String> texts = writes.stream()
                .map(w -> w.document().deleted() || w.kind() == DocumentKind.OWNER ? null : w.document().meaningText())
                .toList();
        List<float[]> vectors = embedder.documents(texts);
        List<SearchIndex.Write> embedded = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            SearchIndex.Write write = writes.get(i);
            embedded.add(vectors.get(i) == null ? write
                    : new SearchIndex.Write(write.kind(), write.document().withVector(vectors.get(i))));
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
