package org.innovationbridge.matching.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese sentence embeddings from bge-small-zh-v1.5 (ONNX, shipped inside a Maven artifact, runs offline).
 * Vectors are 512-dimensional and normalised. The model is loaded on first use (about a second).
 */
@ApplicationScoped
public class Embedder {
    public static final int DIMENSIONS = 512;
    /** bge-small-zh expects retrieval queries, not documents, to carry this instruction. */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private volatile EmbeddingModel model;

    /** One vector per text, in order; null for a blank text (the model refuses those, and there is nothing to mean). */
    public List<float[]> documents(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                segments.add(TextSegment.from(text));
            }
        }
        List<Embedding> embedded = segments.isEmpty() ? List.of() : model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(texts.size());
        int next = 0;
        for (String text : texts) {
            vectors.add(text != null && !text.isBlank() ? embedded.get(next++).vector() : null);
        }
        return vectors;
    }

    /** The vector of a retrieval query, or null for a blank one. */
    public float[] query(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return model().embed(QUERY_INSTRUCTION + text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    model = new BgeSmallZhV15EmbeddingModel();
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
