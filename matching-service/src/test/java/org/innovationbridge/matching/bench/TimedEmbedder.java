package org.innovationbridge.matching.bench;

import org.innovationbridge.matching.search.Embedder;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An Embedder that adds up the time spent in document embedding, so the ingest figures can say how much of the
 * indexer's time was the model. It hands every call to the shared Embedder: its own model is never loaded.
 */
final class TimedEmbedder extends Embedder {
    private final Embedder model;
    private final AtomicLong documentNanos = new AtomicLong();

    TimedEmbedder(Embedder model) {
        this.model = model;
    }

    @Override
    public List<float[]> documents(List<String> texts) {
        long t0 = System.nanoTime();
        List<float[]> vectors = model.documents(texts);
        documentNanos.addAndGet(System.nanoTime() - t0);
        return vectors;
    }

    @Override
    public float[] query(String text) {
        return model.query(text);
    }

    double seconds() {
        return documentNanos.get() / 1e9;
    }
}
