package org.innovationbridge.matching.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into words with Lucene's SmartChineseAnalyzer (the analyzer behind the official
 * Elasticsearch smartcn plugin). The words are indexed space-separated into fields that Elasticsearch splits
 * on whitespace, because the embedded cluster has no Chinese analyzer of its own.
 */
@ApplicationScoped
public class ChineseSegmenter {
    private final Analyzer analyzer = new SmartChineseAnalyzer();

    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    public String segment(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * Characters and overlapping character pairs of every run of Chinese text, plus the other words in lower
     * case: recall for domain terms the dictionary splits apart (储氢 → 储 氢 by smartcn, but 储氢 as a pair).
     */
    public String grams(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder grams = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flushWord(word, grams);
                grams.appendCodePoint(c).append(' ');
                if (previousHan >= 0) {
                    grams.appendCodePoint(previousHan).appendCodePoint(c).append(' ');
                }
                previousHan = c;
            } else {
                previousHan = -1;
                if (Character.isLetterOrDigit(c)) {
                    word.appendCodePoint(Character.toLowerCase(c));
                } else {
                    flushWord(word, grams);
                }
            }
        }
        flushWord(word, grams);
        return grams.toString().strip();
    }

    private static void flushWord(StringBuilder word, StringBuilder grams) {
        if (!word.isEmpty()) {
            grams.append(word).append(' ');
            word.setLength(0);
        }
    }
}
