package org.innovationbridge.matching.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.innovationbridge.matching.ranking.Explanation;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.MatchQuery;
import org.innovationbridge.matching.ranking.MatchStrength;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.ranking.Strength;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.SearchIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The match strength calibration command: ranks every query of a labelled retrieval set (csl-techmatch layout)
 * with the shipped hybrid through the real Elasticsearch, takes the evidence of each of the top 10 hits, fits the
 * logistic model of {@link MatchStrength} on 70 % of the queries (chosen by their id, so reruns agree) and prints
 * its coefficients as configuration, then checks it on the other 30 %: a reliability table (predicted against
 * observed share of sought documents, with Wilson 95 % intervals) and what 强 / 中 / 弱 mean there.
 * <p>
 * A hit counts as right only when it is the query's own paper, so other fitting papers count as wrong: the
 * probabilities are a lower bound of "fits", which is why the service shows levels and no percentage.
 */
public final class StrengthCalibration {
    private static final int TOP = 10;
    private static final int FIT_SHARE_OF_TEN = 7;
    private static final double STRONG_FROM = 0.5;
    private static final double MEDIUM_FROM = 0.2;
    private static final double RIDGE = 1e-3;

    /** One hit's evidence and whether it was the sought document. */
    record Sample(String split, String query, int rank, Double cosine, double retrieverShare, double coverage,
                  boolean right) {
        double[] features() {
            return new double[]{1, cosine == null ? 0 : cosine, cosine == null ? 1 : 0, retrieverShare * 100, coverage};
        }

        boolean held() {
            return Math.floorMod((split + "/" + query).hashCode(), 10) >= FIT_SHARE_OF_TEN;
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<String> splits = args.length > 1 ? List.of(args[1].split(",")) : List.of("problem-hard", "problem-full");
        String esHost = Optional.ofNullable(System.getenv("ES_HOSTS")).orElse("127.0.0.1:19200");
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);

        ChineseSegmenter segmenter = new ChineseSegmenter();
        Embedder embedder = new Embedder();
        List<Sample> samples = new ArrayList<>();
        try (RestClient rest = RestClient.builder(HttpHost.create("http://" + esHost)).build()) {
            ElasticsearchClient es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            for (String split : splits) {
                Path dir = data.resolve(split);
                List<RankingEvaluation.Doc> corpus = RankingEvaluation.readCorpus(dir.resolve("corpus.jsonl"));
                List<RankingEvaluation.Query> queries = RankingEvaluation.readQueries(dir.resolve("queries.jsonl"));
                Map<String, Set<String>> qrels = RankingEvaluation.readQrels(dir.resolve("qrels.tsv"));
                SearchIndex index = new SearchIndex(es, RankingEvaluation.config("eval-" + split + "-"));
                Map<String, float[]> vectors = RankingEvaluation.cachedEmbeddings(out.resolve(split + ".vectors"),
                        corpus, embedder);
                RankingEvaluation.indexCorpus(es, index, corpus, vectors, segmenter);
                // the evidence read here does not depend on the model, so any model will do while fitting one
                HybridRanker ranker = new HybridRanker(index, new MatchStrength(0, 0, 0, 0, 0, STRONG_FROM, MEDIUM_FROM));
                for (RankingEvaluation.Query q : queries) {
                    MatchQuery query = new MatchQuery(q.text(), segmenter.tokens(q.text()).stream().distinct().toList(),
                            segmenter.grams(q.text()), embedder.query(q.text()), MatchQuery.Facts.NONE);
                    List<HybridRanker.Ranked> hits = ranker.rank(DocumentKind.RESULT, query, SearchIndex.Filters.NONE,
                            TOP, RankingWeights.SHIPPED);
                    Set<String> relevant = qrels.getOrDefault(q.id(), Set.of());
                    for (int i = 0; i < hits.size(); i++) {
                        Explanation why = hits.get(i).why();
                        samples.add(new Sample(split, q.id(), i + 1, why.similarity(), retrieverShare(why),
                                why.termCoverage(), relevant.contains(hits.get(i).document().id())));
                    }
                }
                System.out.printf("%s: %d queries ranked%n", split, queries.size());
            }
        }
        List<Sample> fit = samples.stream().filter(s -> !s.held()).toList();
        List<Sample> held = samples.stream().filter(Sample::held).toList();
        double[] b = logistic(fit);
        MatchStrength model = new MatchStrength(b[0], b[1], b[2], b[3], b[4], STRONG_FROM, MEDIUM_FROM);
        System.out.printf("%nfitted on %d hits of %d queries (%d right); held out %d hits of %d queries (%d right)%n",
                fit.size(), queries(fit), right(fit), held.size(), queries(held), right(held));
        System.out.printf(java.util.Locale.ROOT, """
                ib.match-strength.intercept=%.4f
                ib.match-strength.similarity=%.4f
                ib.match-strength.semantic-missing=%.4f
                ib.match-strength.retrieval=%.4f
                ib.match-strength.coverage=%.4f
                ib.match-strength.strong-from=%.2f
                ib.match-strength.medium-from=%.2f
                """, b[0], b[1], b[2], b[3], b[4], STRONG_FROM, MEDIUM_FROM);
        report("held out", held, model);
        report("fitted on (for comparison)", fit, model);
    }

    private static double retrieverShare(Explanation why) {
        return why.segmented().contribution() + why.grams().contribution() + why.semantic().contribution();
    }

    private static double probability(MatchStrength model, Sample s) {
        return model.probability(s.cosine(), s.retrieverShare(), s.coverage());
    }

    private static void report(String title, List<Sample> samples, MatchStrength model) {
        double[] edges = {0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85, 1.0000001};
        System.out.printf("%n== reliability, %s: %d hits ==%n", title, samples.size());
        System.out.printf("%-12s %6s %10s %9s %15s%n", "predicted", "hits", "mean pred", "observed", "95% CI");
        double brier = 0, baseBrier = 0, logLoss = 0;
        double base = (double) right(samples) / samples.size();
        for (int bin = 0; bin + 1 < edges.length; bin++) {
            double lo = edges[bin], hi = edges[bin + 1];
            List<Sample> in = samples.stream().filter(s -> probability(model, s) >= lo && probability(model, s) < hi).toList();
            if (in.isEmpty()) {
                continue;
            }
            double mean = in.stream().mapToDouble(s -> probability(model, s)).average().orElse(0);
            long right = right(in);
            double[] ci = wilson(right, in.size());
            System.out.printf("%-12s %6d %10.3f %9.3f %7.3f–%.3f%n", String.format("%.2f–%.2f", lo, Math.min(hi, 1)),
                    in.size(), mean, (double) right / in.size(), ci[0], ci[1]);
        }
        for (Sample s : samples) {
            double p = probability(model, s);
            double y = s.right() ? 1 : 0;
            brier += (p - y) * (p - y);
            baseBrier += (base - y) * (base - y);
            logLoss -= y * Math.log(Math.max(p, 1e-12)) + (1 - y) * Math.log(Math.max(1 - p, 1e-12));
        }
        System.out.printf("Brier %.4f (base rate %.3f alone: %.4f), log loss %.4f%n", brier / samples.size(), base,
                baseBrier / samples.size(), logLoss / samples.size());
        System.out.printf("%-6s %6s %9s %15s %12s%n", "level", "hits", "right", "95% CI", "queries with");
        for (Strength level : Strength.values()) {
            List<Sample> in = samples.stream().filter(s -> model.level(probability(model, s)) == level).toList();
            long right = right(in);
            double[] ci = wilson(right, in.size());
            System.out.printf("%-6s %6d %9.3f %7.3f–%.3f %12d%n", level, in.size(),
                    in.isEmpty() ? 0 : (double) right / in.size(), ci[0], ci[1], queries(in));
        }
        long sought = samples.stream().filter(Sample::right).count();
        long soughtStrong = samples.stream().filter(s -> s.right() && model.level(probability(model, s)) == Strength.STRONG).count();
        System.out.printf("sought documents in the top %d: %d, of them strong: %d (%.1f %%)%n", TOP, sought, soughtStrong,
                sought == 0 ? 0 : 100.0 * soughtStrong / sought);
    }

    /** Logistic regression by Newton's method (iteratively reweighted least squares), lightly ridged. */
    static double[] logistic(List<Sample> samples) {
        int d = samples.get(0).features().length;
        double[] b = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Sample s : samples) {
                double[] x = s.features();
                double p = 1 / (1 + Math.exp(-dot(b, x)));
                double w = p * (1 - p);
                for (int i = 0; i < d; i++) {
                    gradient[i] += (p - (s.right() ? 1 : 0)) * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += w * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                gradient[i] += RIDGE * samples.size() * b[i];
                hessian[i][i] += RIDGE * samples.size();
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                b[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return b;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; the system is small (one row per feature). */
    private static double[] solve(double[][] a, double[] y) {
        int n = y.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = y[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double f = m[row][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    private static double[] wilson(long right, int n) {
        if (n == 0) {
            return new double[]{0, 0};
        }
        double z = 1.96, p = (double) right / n, denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static long right(List<Sample> samples) {
        return samples.stream().filter(Sample::right).count();
    }

    private static long queries(List<Sample> samples) {
        return samples.stream().map(s -> s.split() + "/" + s.query()).distinct().count();
    }

    private StrengthCalibration() {
    }
}
