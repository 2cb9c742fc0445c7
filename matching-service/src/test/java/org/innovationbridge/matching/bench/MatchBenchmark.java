package org.innovationbridge.matching.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.innovationbridge.matching.messaging.EventTranslator;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.Optional;

/**
 * The benchmark command (deploy/bench-match): online match latency against N generated results beside the bare
 * BM25 query, and ingest throughput from Kafka to searchable beside the embedding model's own throughput, on
 * the local stack's real Elasticsearch and Kafka. Builds the service's components without CDI, as the ranking
 * evaluation does. Usage: {@code MatchBenchmark [--results N] [--queries Q] [--ingest M]}.
 */
public final class MatchBenchmark {
    private static final long SEED = 20_250_501L;
    /** Topics whose template texts get real embeddings; see {@link TopicVectors}. */
    private static final int TOPICS = 2_000;
    private static final int WARM_UP = 50;

    record Options(int results, int queries, int ingest) {
        static Options parse(String[] args) {
            int results = 100_000;
            int queries = 200;
            int ingest = 2_000;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--results" -> results = positive(args[i], value);
                    case "--queries" -> queries = positive(args[i], value);
                    case "--ingest" -> ingest = positive(args[i], value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: [--results N] [--queries Q] [--ingest M]");
                }
                i++;
            }
            return new Options(results, queries, ingest);
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below, with the option's name
            }
            throw new IllegalArgumentException(option + " needs a positive number, not '" + value + "'");
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        String esHost = Optional.ofNullable(System.getenv("ES_HOSTS")).orElse("127.0.0.1:19200");
        String kafka = Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).orElse("127.0.0.1:19092");

        try (HeapWatch heap = new HeapWatch();
             RestClient rest = RestClient.builder(HttpHost.create("http://" + esHost)).build()) {
            ElasticsearchClient es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            ChineseSegmenter segmenter = new ChineseSegmenter();
            Embedder embedder = new Embedder();
            EventTranslator translator = new EventTranslator(new ObjectMapper(), segmenter);
            QueryFactory queries = new QueryFactory(segmenter, embedder);
            BenchIndexes indexes = new BenchIndexes(es, rest);
            SyntheticCorpus corpus = new SyntheticCorpus(SEED, Math.min(TOPICS, options.results()));
            Report report = new Report(System.out);
            String esVersion = indexes.clusterVersion();

            System.out.printf("latency: %,d results, %,d queries; ingest: %,d events%n", options.results(),
                    options.queries(), options.ingest());
            long loading = System.nanoTime();
            embedder.query("模型预热");
            double modelLoad = (System.nanoTime() - loading) / 1e9;
            TopicVectors vectors = TopicVectors.embed(corpus, translator, embedder);

            SearchIndex latencyIndex = new SearchIndex(es, new BenchConfig("bench-", kafka));
            LatencyBenchmark latency = new LatencyBenchmark(latencyIndex, indexes, rest, translator, queries, corpus);
            LatencyBenchmark.Corpus built = latency.buildIndex(options.results(), vectors);
            System.out.println("  measuring latency…");
            LatencyBenchmark.Figures latencies = latency.measure(options.queries(), WARM_UP);
            // Dropped before the ingest run, so its merges cannot slow the ingest's writes.
            indexes.drop(latencyIndex);

            BenchConfig ingestConfig = new BenchConfig("bench-ingest-", kafka);
            SearchIndex ingestIndex = new SearchIndex(es, ingestConfig);
            IngestBenchmark ingest = new IngestBenchmark(ingestConfig, ingestIndex, indexes, translator, embedder,
                    corpus);
            IngestBenchmark.Figures ingested = ingest.run(options.ingest());
            indexes.drop(ingestIndex);
            ingest.dropTopic();

            report.setting(esHost, esVersion, kafka, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory());
            report.corpus(built, vectors, modelLoad);
            report.latency(latencies);
            report.ingest(ingested);
            report.heap(heap.peakUsed(), heap.now(), (System.nanoTime() - started) / 1e9);
        }
    }

    private MatchBenchmark() {
    }
}
