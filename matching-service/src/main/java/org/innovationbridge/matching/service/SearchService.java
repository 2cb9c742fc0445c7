package org.innovationbridge.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Free-text search over one side of the market, with the words that made each hit match. */
@ApplicationScoped
public class SearchService {
    private static final int SNIPPET_LENGTH = 120;

    private final SearchIndex index;
    private final ChineseSegmenter segmenter;

    public SearchService(SearchIndex index, ChineseSegmenter segmenter) {
        this.index = index;
        this.segmenter = segmenter;
    }

    public record Hit(String id, String title, String snippet, String ownerName, List<String> industryChains,
                      List<String> technicalFields, double score, List<String> matchedTerms) {
    }

    public record Page(List<String> queryTerms, long total, List<Hit> hits) {
    }

    public Page search(DocumentKind kind, String query, SearchIndex.Filters filters, int page, int size) {
        List<String> terms = List.copyOf(new LinkedHashSet<>(segmenter.tokens(query)));
        if (terms.isEmpty()) {
            return new Page(terms, 0, List.of());
        }
        SearchIndex.FoundPage found = index.search(kind, terms, filters, page * size, size);
        List<Hit> hits = found.hits().stream().map(f -> hit(f, terms)).toList();
        return new Page(terms, found.total(), hits);
    }

    private static Hit hit(SearchIndex.Found found, List<String> terms) {
        MatchDocument doc = found.document();
        Set<String> words = new LinkedHashSet<>();
        for (String field : new String[]{doc.titleSeg(), doc.keywordsSeg(), doc.textSeg()}) {
            if (field != null) {
                words.addAll(Arrays.asList(field.split(" ")));
            }
        }
        List<String> matched = terms.stream().filter(words::contains).toList();
        String text = doc.text() == null ? "" : doc.text();
        String snippet = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
        String owner = Boolean.TRUE.equals(doc.anonymous()) ? null : doc.ownerName();
        return new Hit(doc.id(), doc.title(), snippet, owner, doc.industryChains(), doc.technicalFields(),
                found.score(), matched);
    }
}
