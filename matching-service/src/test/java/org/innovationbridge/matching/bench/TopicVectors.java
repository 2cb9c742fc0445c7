package org.innovationbridge.matching.bench;

import org.innovationbridge.matching.messaging.EventTranslator;
import org.innovationbridge.matching.search.Embedder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Embeddings for the latency corpus. The real model embeds about 30 result texts/s on 2 cores, so 100,000
 * results would take about an hour; instead it embeds the template text of every topic, and each generated result
 * gets its topic's real vector plus Gaussian noise, normalised. The noise is sized so that a result's vector
 * has cosine {@link #TARGET_COSINE} to its topic's on average, hence about 0.93 (its square) to a sibling's: the
 * real model gives two generated results of one topic 0.93 on average (0.54 across topics; 40 pairs each). So the
 * kNN index holds distinct vectors in clusters as tight as real ones, instead of duplicates.
 */
final class TopicVectors {
    static final double TARGET_COSINE = 0.965;
    private static final int BATCH = 64;

    private final Map<SyntheticCorpus.Topic, float[]> vectors;
    private final double sigma;
    private final double embedSeconds;
    private double cosineSum;
    private long drawn;

    private TopicVectors(Map<SyntheticCorpus.Topic, float[]> vectors, double embedSeconds) {
        this.vectors = vectors;
        this.embedSeconds = embedSeconds;
        // |v + e|² ≈ 1 + d·σ² for a unit v and noise of σ per component, so cos(v, v + e) ≈ 1 / √(1 + d·σ²)
        this.sigma = Math.sqrt((1 / (TARGET_COSINE * TARGET_COSINE) - 1) / Embedder.DIMENSIONS);
    }

    /** Embeds every topic's template with the real model, in the same text form the indexer embeds. */
    static TopicVectors embed(SyntheticCorpus corpus, EventTranslator translator, Embedder embedder) {
        List<SyntheticCorpus.Topic> topics = corpus.topics();
        List<String> texts = new ArrayList<>(topics.size());
        for (int i = 0; i < topics.size(); i++) {
            SyntheticCorpus.Result template = corpus.template(i);
            String event = ResultEvents.published(ResultEvents.idOf(SyntheticCorpus.Stream.TOPIC, i), template);
            texts.add(translator.translate(event).write().document().meaningText());
        }
        Map<SyntheticCorpus.Topic, float[]> vectors = new HashMap<>();
        long started = System.nanoTime();
        for (int from = 0; from < texts.size(); from += BATCH) {
            int to = Math.min(from + BATCH, texts.size());
            List<float[]> embedded = embedder.documents(texts.subList(from, to));
            for (int i = from; i < to; i++) {
                vectors.put(topics.get(i), embedded.get(i - from));
            }
            Progress.show("embedding topic templates", to, texts.size());
        }
        return new TopicVectors(vectors, (System.nanoTime() - started) / 1e9);
    }

    int size() {
        return vectors.size();
    }

    double embedSeconds() {
        return embedSeconds;
    }

    /** A unit vector near the topic's real embedding; the same random state gives the same vector. */
    float[] near(SyntheticCorpus.Topic topic, SplittableRandom random) {
        float[] centre = vectors.get(topic);
        float[] v = new float[centre.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (centre[i] + sigma * random.nextGaussian());
            norm += v[i] * v[i];
        }
        norm = Math.sqrt(norm);
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) norm;
            dot += v[i] * centre[i];
        }
        cosineSum += dot;
        drawn++;
        return v;
    }

    /** The mean cosine between the vectors handed out and their topic's real vector. */
    double meanCosine() {
        return drawn == 0 ? Double.NaN : cosineSum / drawn;
    }
}
