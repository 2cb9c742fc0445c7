package org.innovationbridge.matching.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.MatchQuery;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ranking evaluation command: indexes a labelled retrieval set (csl-techmatch layout: corpus.jsonl,
 * queries.jsonl, qrels.tsv) into the real Elasticsearch, runs every ranking variant over it and prints
 * MRR@10, nDCG@10, R@10, R@50 and R@100 per variant. Run files land in target/eval for the set's own scorer.
 * <p>
 * Variants: (a) BM25 with Elasticsearch's standard analyzer, what a default setup gives; (b) BM25 over smartcn
 * words; (c) dense kNN only; (d) the shipped hybrid; plus the parts of (d) on their own for comparison.
 */
public final class RankingEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEPTH = 100;

    record Doc(String id, String title, String text, List<String> keywords) {
    }

    record Query(String id, String text) {
    }

    record Scores(double mrr10, double ndcg10, double r10, double r50, double r100) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "eval-data/csl-techmatch");
        List<String> splits = args.length > 1 ? List.of(args[1].split(",")) : List.of("problem-hard", "problem-full");
        String esHost = Optional.ofNullable(System.getenv("ES_HOSTS")).orElse("127.0.0.1:19200");
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);

        ChineseSegmenter segmenter = new ChineseSegmenter();
        Embedder embedder = new Embedder();
        try (RestClient rest = RestClient.builder(HttpHost.create("http://" + esHost)).build()) {
            ElasticsearchClient es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            for (String split : splits) {
                Path dir = data.resolve(split);
                List<Doc> corpus = readCorpus(dir.resolve("corpus.jsonl"));
                List<Query> queries = readQueries(dir.resolve("queries.jsonl"));
                Map<String, Set<String>> qrels = readQrels(dir.resolve("qrels.tsv"));
                System.out.printf("%n== %s: %d documents, %d queries ==%n", split, corpus.size(), queries.size());

                SearchIndex index = new SearchIndex(es, config("eval-" + split + "-"));
                long started = System.nanoTime();
                Map<String, float[]> vectors = cachedEmbeddings(out.resolve(split + ".vectors"), corpus, embedder);
                System.out.printf("embeddings ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
                indexCorpus(es, index, corpus, vectors, segmenter);
                StandardAnalyzerIndex standard = new StandardAnalyzerIndex(es, "eval-" + split + "-standard");
                standard.load(corpus);

                HybridRanker ranker = new HybridRanker(index, ShippedStrength.load());
                Map<String, MatchQuery> matchQueries = new LinkedHashMap<>();
                for (Query q : queries) {
                    matchQueries.put(q.id(), new MatchQuery(q.text(), segmenter.tokens(q.text()).stream().distinct().toList(),
                            segmenter.grams(q.text()), embedder.query(q.text()), MatchQuery.Facts.NONE));
                }
                Map<String, Function<String, List<String>>> variants = new LinkedHashMap<>();
                variants.put("(a) BM25, standard analyzer", id -> standard.search(textOf(queries, id), DEPTH));
                variants.put("(b) BM25, smartcn words", hybrid(ranker, matchQueries, RankingWeights.only(1, 0, 0)));
                variants.put("    BM25, character grams", hybrid(ranker, matchQueries, RankingWeights.only(0, 1, 0)));
                variants.put("(c) dense kNN only", hybrid(ranker, matchQueries, RankingWeights.only(0, 0, 1)));
                variants.put("    RRF words + dense", hybrid(ranker, matchQueries, RankingWeights.only(1, 0, 1)));
                variants.put("(d) shipped hybrid", hybrid(ranker, matchQueries, RankingWeights.SHIPPED));

                System.out.printf("%-30s %7s %8s %6s %6s %6s%n", "variant", "MRR@10", "nDCG@10", "R@10", "R@50", "R@100");
                for (var variant : variants.entrySet()) {
                    Map<String, List<String>> run = new LinkedHashMap<>();
                    for (Query q : queries) {
                        run.put(q.id(), variant.getValue().apply(q.id()));
                    }
                    Scores s = score(run, qrels, queries);
                    System.out.printf("%-30s %7.3f %8.3f %6.3f %6.3f %6.3f%n", variant.getKey(), s.mrr10(), s.ndcg10(),
                            s.r10(), s.r50(), s.r100());
                    writeRun(out.resolve(split + "-" + variant.getKey().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".tsv"), run);
                }
            }
        }
    }

    private static Function<String, List<String>> hybrid(HybridRanker ranker, Map<String, MatchQuery> queries,
                                                         RankingWeights weights) {
        return id -> ranker.rank(DocumentKind.RESULT, queries.get(id), new SearchIndex.Filters(null, null, null),
                DEPTH, weights).stream().map(r -> r.document().id()).toList();
    }

    static void indexCorpus(ElasticsearchClient es, SearchIndex index, List<Doc> corpus,
                                    Map<String, float[]> vectors, ChineseSegmenter segmenter) throws IOException {
        String name = index.versionedIndex(DocumentKind.RESULT);
        if (es.indices().exists(e -> e.index(name)).value()) {
            es.indices().delete(d -> d.index(name));
        }
        index.ensureIndex(DocumentKind.RESULT);
        List<SearchIndex.Write> batch = new ArrayList<>();
        for (Doc d : corpus) {
            String keywords = String.join(" ", d.keywords());
            batch.add(new SearchIndex.Write(DocumentKind.RESULT, new MatchDocument(d.id(), DocumentKind.RESULT.name(),
                    d.title(), segmenter.segment(d.title()), d.text(), segmenter.segment(d.text()), d.keywords(),
                    segmenter.segment(keywords), segmenter.grams(d.title() + " " + keywords + " " + d.text()),
                    vectors.get(d.id()), List.of(), List.of(), List.of(), null, null, null, null, false, "PUBLISHED",
                    true, false, 0, null)));
            if (batch.size() == 500) {
                index.write(batch);
                batch.clear();
            }
        }
        index.write(batch);
        es.indices().refresh(r -> r.index(name));
    }

    /** Embeddings are the slow part (about 40 records/s on 2 cores), so they are kept between runs. */
    static Map<String, float[]> cachedEmbeddings(Path cache, List<Doc> corpus, Embedder embedder) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String id = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    vectors.put(id, v);
                }
            }
        }
        List<Doc> missing = corpus.stream().filter(d -> !vectors.containsKey(d.id())).toList();
        for (int from = 0; from < missing.size(); from += 64) {
            List<Doc> chunk = missing.subList(from, Math.min(from + 64, missing.size()));
            List<float[]> embedded = embedder.documents(chunk.stream().map(RankingEvaluation::meaningText).toList());
            for (int i = 0; i < chunk.size(); i++) {
                if (embedded.get(i) != null) {
                    vectors.put(chunk.get(i).id(), embedded.get(i));
                }
            }
            System.out.printf("\rembedded %d / %d", Math.min(from + 64, missing.size()), missing.size());
        }
        if (!missing.isEmpty()) {
            System.out.println();
            try (DataOutputStream outStream = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
                outStream.writeInt(vectors.size());
                for (var e : vectors.entrySet()) {
                    outStream.writeUTF(e.getKey());
                    outStream.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        outStream.writeFloat(f);
                    }
                }
            }
        }
        return vectors;
    }

    private static String meaningText(Doc d) {
        return String.join("\n", d.title(), String.join("、", d.keywords()), d.text()).strip();
    }

    static Scores score(Map<String, List<String>> run, Map<String, Set<String>> qrels, List<Query> queries) {
        double mrr = 0, ndcg = 0, r10 = 0, r50 = 0, r100 = 0;
        for (Query q : queries) {
            Set<String> relevant = qrels.getOrDefault(q.id(), Set.of());
            List<String> ranked = run.getOrDefault(q.id(), List.of());
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                if (relevant.contains(ranked.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            double dcg = 0, idcg = 0;
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                dcg += relevant.contains(ranked.get(i)) ? 1 / (Math.log(i + 2) / Math.log(2)) : 0;
            }
            for (int i = 0; i < Math.min(10, relevant.size()); i++) {
                idcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
            ndcg += idcg == 0 ? 0 : dcg / idcg;
            r10 += recall(ranked, relevant, 10);
            r50 += recall(ranked, relevant, 50);
            r100 += recall(ranked, relevant, 100);
        }
        int n = queries.size();
        return new Scores(mrr / n, ndcg / n, r10 / n, r50 / n, r100 / n);
    }

    private static double recall(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    private static void writeRun(Path file, Map<String, List<String>> run) throws IOException {
        StringBuilder lines = new StringBuilder();
        run.forEach((query, docs) -> {
            for (int i = 0; i < docs.size(); i++) {
                lines.append(query).append('\t').append(docs.get(i)).append('\t').append(docs.size() - i).append('\n');
            }
        });
        Files.writeString(file, lines);
    }

    private static String textOf(List<Query> queries, String id) {
        return queries.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow().text();
    }

    static List<Doc> readCorpus(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<String> keywords = new ArrayList<>();
            n.path("keywords").forEach(k -> keywords.add(k.asText()));
            docs.add(new Doc(n.path("id").asText(), n.path("title").asText(""), n.path("text").asText(""), keywords));
        }
        return docs;
    }

    static List<Query> readQueries(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                queries.add(new Query(n.path("id").asText(), n.path("text").asText()));
            }
        }
        return queries;
    }

    static Map<String, Set<String>> readQrels(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                .filter(p -> Integer.parseInt(p[2]) > 0)
                .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toSet())));
    }

    static MatchingConfig config(String prefix) {
        return new MatchingConfig() {
            @Override
            public Kafka kafka() {
                throw new UnsupportedOperationException("the evaluation does not use Kafka");
            }

            @Override
            public Search search() {
                return new Search() {
                    @Override
                    public Optional<String> indexPrefix() {
                        return Optional.of(prefix);
                    }

                    @Override
                    public Optional<Integer> shards() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<Integer> replicas() {
                        return Optional.empty();
                    }
                };
            }
        };
    }

    private RankingEvaluation() {
    }
}
