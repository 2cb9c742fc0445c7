package org.innovationbridge.matching.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One problem or result as the index holds it. The {@code *_seg} fields carry the text segmented into
 * space-separated words, {@code grams} the characters and character pairs of all of its text, {@code vector}
 * its sentence embedding; a deleted aggregate stays as a tombstone so that older events cannot bring it back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchDocument(
        String id, String kind, String title, @JsonProperty("title_seg") String titleSeg, String text,
        @JsonProperty("text_seg") String textSeg, List<String> keywords,
        @JsonProperty("keywords_seg") String keywordsSeg, String grams, float[] vector, List<String> industryChains, List<String> technicalFields,
        List<String> cooperationModes, String maturity, String district, String ownerId, String ownerName,
        Boolean anonymous, String status, boolean listed, boolean deleted, long aggregateVersion, String updatedAt) {

    public static MatchDocument tombstone(DocumentKind kind, String id, long aggregateVersion) {
        return new MatchDocument(id, kind.name(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, true, aggregateVersion, null);
    }

    /** The text the embedding model reads: what the document is about, most telling parts first. */
    public String meaningText() {
        return String.join("\n", title == null ? "" : title, keywords == null ? "" : String.join("、", keywords),
                text == null ? "" : text).strip();
    }

    public MatchDocument withVector(float[] embedding) {
        return new MatchDocument(id, kind, title, titleSeg, text, textSeg, keywords, keywordsSeg, grams, embedding,
                industryChains, technicalFields, cooperationModes, maturity, district, ownerId, ownerName, anonymous,
                status, listed, deleted, aggregateVersion, updatedAt);
    }
}
