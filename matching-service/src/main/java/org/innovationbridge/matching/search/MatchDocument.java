package org.innovationbridge.matching.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One problem or result as the index holds it. The {@code *_seg} fields carry the text segmented into
 * space-separated words; a deleted aggregate stays as a tombstone so that older events cannot bring it back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatchDocument(
        String id, String kind, String title, @JsonProperty("title_seg") String titleSeg, String text,
        @JsonProperty("text_seg") String textSeg, List<String> keywords,
        @JsonProperty("keywords_seg") String keywordsSeg, List<String> industryChains, List<String> technicalFields,
        List<String> cooperationModes, String maturity, String district, String ownerId, String ownerName,
        Boolean anonymous, String status, boolean listed, boolean deleted, long aggregateVersion, String updatedAt) {

    public static MatchDocument tombstone(DocumentKind kind, String id, long aggregateVersion) {
        return new MatchDocument(id, kind.name(), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, false, true, aggregateVersion, null);
    }
}
