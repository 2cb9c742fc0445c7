package org.innovationbridge.matching.ranking;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which words of a query carry meaning: not in Lucene smartcn's stopword set, not domain filler
 * ({@code ranking/filler-words.txt}), not a lone punctuation mark or number, and longer than one character
 * unless the single character is the whole query or a keyword on its own (氢, 铝).
 */
public final class TermFilter {
    private static final CharArraySet STOPWORDS = SmartChineseAnalyzer.getDefaultStopSet();
    private static final Set<String> FILLER = load("/ranking/filler-words.txt");
    /** Particles, conjunctions and prepositions: never part of a domain term the segmenter split apart. */
    private static final String FUNCTION_CHARACTERS = "的了和与及或在是等对为将把被从以而并其之于至由向也就都";

    private TermFilter() {
    }

    /** Whether a word can carry meaning whatever document it is found in. */
    public static boolean meaningful(String word) {
        return word != null && !word.isBlank() && !STOPWORDS.contains(word) && !FILLER.contains(word)
                && word.codePoints().anyMatch(Character::isLetter);
    }

    /** A single character counts only when it stands on its own: the whole query, or a keyword of the document. */
    static boolean standsAlone(String word, String queryText, Iterable<String> keywords) {
        if (word.codePointCount(0, word.length()) > 1) {
            return true;
        }
        if (queryText != null && queryText.strip().equalsIgnoreCase(word)) {
            return true;
        }
        if (keywords != null) {
            for (String keyword : keywords) {
                if (keyword != null && keyword.strip().equalsIgnoreCase(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words, plus each run of single characters the segmenter cut from one domain term (储 氢 → 储氢,
     * 吸 放 氢 → 吸放氢), split at function characters so that 铝 的 does not become 铝的.
     */
    static List<String> withCompounds(List<String> words) {
        List<String> all = new ArrayList<>(words);
        StringBuilder run = new StringBuilder();
        for (String word : words) {
            boolean single = word.codePointCount(0, word.length()) == 1 && FUNCTION_CHARACTERS.indexOf(word) < 0
                    && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN;
            if (single) {
                run.append(word);
            } else {
                addRun(run, all);
            }
        }
        addRun(run, all);
        return all;
    }

    private static void addRun(StringBuilder run, List<String> all) {
        if (run.codePointCount(0, run.length()) > 1) {
            all.add(run.toString());
        }
        run.setLength(0);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = TermFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
