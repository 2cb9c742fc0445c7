package org.innovationbridge.matching.insight;

import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.MatchDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 共性关键技术: groups problems of many enterprises that ask for the same technology. Leader clustering over the
 * embeddings (a problem joins the group whose centroid is closest, if at least {@code threshold} similar) keeps
 * it one pass and deterministic; groups are described by the words they use more than the chain as a whole.
 */
public final class CommonNeeds {
    private static final int TERMS_PER_GROUP = 6;

    private CommonNeeds() {
    }

    public record Need(List<String> representativeTerms, List<String> enterprises, int confidentialEnterprises,
                       List<String> problemIds, List<String> problemTitles) {
    }

    public static List<Need> group(List<MatchDocument> problems, double threshold, int minEnterprises,
                                   ChineseSegmenter segmenter) {
        List<Group> groups = new ArrayList<>();
        for (MatchDocument problem : problems) {
            if (problem.vector() == null) {
                continue;
            }
            Group best = null;
            double bestSimilarity = threshold;
            for (Group g : groups) {
                double similarity = g.similarity(problem.vector());
                if (similarity >= bestSimilarity) {
                    best = g;
                    bestSimilarity = similarity;
                }
            }
            if (best == null) {
                best = new Group(problem.vector().length);
                groups.add(best);
            }
            best.add(problem);
        }
        Map<String, Integer> chainFrequency = documentFrequency(problems, segmenter);
        return groups.stream()
                .filter(g -> g.enterprises().size() >= minEnterprises)
                .sorted(Comparator.comparingInt((Group g) -> g.members.size()).reversed()
                        .thenComparing(g -> g.members.get(0).id()))
                .map(g -> g.describe(chainFrequency, problems.size(), segmenter))
                .toList();
    }

    /** In how many of the documents each word of the titles and keywords occurs. */
    private static Map<String, Integer> documentFrequency(List<MatchDocument> docs, ChineseSegmenter segmenter) {
        Map<String, Integer> frequency = new HashMap<>();
        for (MatchDocument doc : docs) {
            words(doc, segmenter).forEach(word -> frequency.merge(word, 1, Integer::sum));
        }
        return frequency;
    }

    /** Words of two or more characters: single characters say little about a technology. */
    private static Set<String> words(MatchDocument doc, ChineseSegmenter segmenter) {
        Set<String> words = new LinkedHashSet<>();
        String text = String.join(" ", doc.title() == null ? "" : doc.title(),
                doc.keywords() == null ? "" : String.join(" ", doc.keywords()), doc.text() == null ? "" : doc.text());
        for (String word : segmenter.tokens(text)) {
            if (word.codePointCount(0, word.length()) >= 2) {
                words.add(word);
            }
        }
        return words;
    }

    private static final class Group {
        final List<MatchDocument> members = new ArrayList<>();
        final double[] sum;

        Group(int dimensions) {
            sum = new double[dimensions];
        }

        void add(MatchDocument doc) {
            members.add(doc);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += doc.vector()[i];
            }
        }

        double similarity(float[] vector) {
            double dot = 0, norm = 0, other = 0;
            for (int i = 0; i < sum.length; i++) {
                dot += sum[i] * vector[i];
                norm += sum[i] * sum[i];
                other += vector[i] * vector[i];
            }
            return norm == 0 ? 0 : dot / Math.sqrt(norm * other);
        }

        Set<String> enterprises() {
            Set<String> owners = new LinkedHashSet<>();
            members.forEach(m -> owners.add(m.ownerId() == null ? m.id() : m.ownerId()));
            return owners;
        }

        Need describe(Map<String, Integer> chainFrequency, int chainSize, ChineseSegmenter segmenter) {
            Map<String, Integer> inGroup = documentFrequency(members, segmenter);
            List<String> terms = inGroup.entrySet().stream()
                    .filter(e -> e.getValue() >= 2 || members.size() == 1)
                    .sorted(Comparator.comparingDouble((Map.Entry<String, Integer> e) ->
                                    -e.getValue() * Math.log(1.0 + (double) chainSize / chainFrequency.get(e.getKey())))
                            .thenComparing(Map.Entry::getKey))
                    .limit(TERMS_PER_GROUP).map(Map.Entry::getKey).toList();
            Set<String> named = new LinkedHashSet<>();
            Set<String> confidential = new LinkedHashSet<>();
            for (MatchDocument m : members) {
                String owner = m.ownerId() == null ? m.id() : m.ownerId();
                if (Boolean.TRUE.equals(m.anonymous())) {
                    confidential.add(owner);
                } else if (m.ownerName() != null) {
                    named.add(m.ownerName());
                }
            }
            return new Need(terms, List.copyOf(named), confidential.size(),
                    members.stream().map(MatchDocument::id).toList(),
                    members.stream().map(MatchDocument::title).toList());
        }
    }
}
