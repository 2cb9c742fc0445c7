package org.innovationbridge.matching.bench;

import java.io.PrintStream;
import java.lang.management.MemoryUsage;

/** Prints the benchmark's figures as plain-text tables. */
final class Report {
    private static final double MB = 1024 * 1024;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void setting(String elasticsearch, String esVersion, String kafka, int cores, long maxHeap) {
        out.printf("%n== Match benchmark ==%n");
        out.printf("Elasticsearch %s (%s), Kafka %s, %d cores, JVM max heap %.0f MB%n", elasticsearch, esVersion,
                kafka, cores, maxHeap / MB);
    }

    void corpus(LatencyBenchmark.Corpus corpus, TopicVectors vectors, double modelLoadSeconds) {
        out.printf("%n-- Latency corpus --%n");
        out.printf("%,d generated results (real EventTranslator + SearchIndex.write, bulks of 1,000) indexed and "
                + "refreshed in %.1f s (%,.0f docs/s): %d segments, %.0f MB%n", corpus.documents(), corpus.seconds(),
                corpus.documents() / corpus.seconds(), corpus.shape().segments(), corpus.shape().storeBytes() / MB);
        load(corpus.load());
        out.printf("vectors: %,d topic template texts embedded by the real bge-small-zh-v1.5 in %.1f s "
                + "(%.1f docs/s, after a %.1f s model load);%n", vectors.size(), vectors.embedSeconds(),
                vectors.size() / vectors.embedSeconds(), modelLoadSeconds);
        out.printf("         every result carries its topic's real vector plus Gaussian noise, re-normalised "
                + "(mean cosine to the real vector %.3f).%n", corpus.meanCosine());
        out.printf("         Query vectors are real: every query is embedded by the model.%n");
    }

    void latency(LatencyBenchmark.Figures f) {
        out.printf("%n-- Online match latency: top %d of the results for one problem, %d queries after %d warm-up, "
                + "ms --%n", 10, f.queries(), f.warmUp());
        out.printf("%-44s %7s %7s %7s %7s %7s%n", "", "mean", "p50", "p95", "p99", "max");
        for (Latencies l : f.rows()) {
            out.printf("%-44s %7.1f %7.1f %7.1f %7.1f %7.1f%n", l.name(), l.mean(), l.percentile(50),
                    l.percentile(95), l.percentile(99), l.max());
        }
        out.printf("hybrid = HybridRanker.rank(RESULT, query, no filters, 10, SHIPPED): BM25 words + BM25 grams "
                + "+ kNN (k 100), 100 deep each, fused;%n");
        out.printf("bare   = one multi_match over title_seg^3, keywords_seg^2, text_seg, top 10, no filters.%n");
        out.printf("queries: generated problem texts, on average %.0f distinct words and %.0f character grams.%n",
                f.meanWords(), f.meanGrams());
        load(f.load());
        out.printf("e.g. %s%n", f.example().query());
        out.printf("   hybrid top 3: %s%n", String.join(" | ", f.example().hybridTop().stream().limit(3).toList()));
        out.printf("   bare   top 3: %s%n", String.join(" | ", f.example().bareTop().stream().limit(3).toList()));
    }

    void ingest(IngestBenchmark.Figures f) {
        BenchIndexer.Timings t = f.indexer();
        double rest = t.indexNanos / 1e9 - f.embedSeconds();
        out.printf("%n-- Ingest: %,d result events, Kafka topic %s -> searchable --%n", f.events(), f.topic());
        out.printf("%-44s %9s %11s%n", "", "seconds", "results/s");
        out.printf("%-44s %9.1f %11.1f%n", "produced and acknowledged (acks=all)", f.produceSeconds(),
                f.events() / f.produceSeconds());
        out.printf("%-44s %9.1f %11.1f%n", "produce -> all searchable (real path)", f.searchableSeconds(),
                f.events() / f.searchableSeconds());
        out.printf("%-44s %9.1f %11.1f%n", "  indexer: the model (BatchIndexer embeds)", f.embedSeconds(),
                t.records / f.embedSeconds());
        out.printf("%-44s %9.1f %11.1f%n", "  indexer: translating + bulk writes", rest, t.records / rest);
        out.printf("%-44s %9.1f %11s%n", "  indexer: offset commits", t.commitNanos / 1e9, "");
        out.printf("%-44s %9.1f %11.1f%n", "model alone, same texts, before", f.modelBeforeSeconds(),
                f.events() / f.modelBeforeSeconds());
        out.printf("%-44s %9.1f %11.1f%n", "model alone, same texts, after", f.modelAfterSeconds(),
                f.events() / f.modelAfterSeconds());
        out.printf("indexer = the service's BatchIndexer in IndexingConsumer's loop, %d batches (mean %.0f events), "
                + "real embeddings; model alone in batches of 500;%n", t.batches, (double) t.records / t.batches);
        out.printf("searchable = _count sees all of them (default 1 s refresh), polled every 20 ms; match.found "
                + "announcing not included.%n");
        load(f.load());
    }

    private void load(SystemLoad load) {
        out.printf("1-minute load average %.1f at the start, %.1f at the end of this phase (%d cores, shared with "
                + "everything else on the machine)%n", load.start(), load.end(), Runtime.getRuntime().availableProcessors());
    }

    void heap(long peakUsed, MemoryUsage now, double runSeconds) {
        out.printf("%n-- Memory and time --%n");
        out.printf("peak heap used %.0f MB (sampled every 50 ms), committed %.0f MB, "
                + "max %.0f MB%n", peakUsed / MB, now.getCommitted() / MB, now.getMax() / MB);
        out.printf("total run time %.1f s%n", runSeconds);
    }
}
