package org.innovationbridge.matching.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.matching.ranking.Explanation;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.MatchQuery;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Optional;

/** Free-text search over one side of the market, and the counterparts of an indexed problem or result. */
@ApplicationScoped
public class SearchService {
    private static final int SNIPPET_LENGTH = 120;

    private final HybridRanker ranker;
    private final QueryFactory queries;
    private final SearchIndex index;
    private final MeterRegistry registry;

    public SearchService(HybridRanker ranker, QueryFactory queries, SearchIndex index, MeterRegistry registry) {
        this.ranker = ranker;
        this.queries = queries;
        this.index = index;
        this.registry = registry;
    }

    public record Hit(String id, String title, String snippet, String ownerName, List<String> industryChains,
                      List<String> technicalFields, String maturity, double score, List<String> matchedTerms,
                      Explanation why) {
    }

    public record Page(List<String> queryTerms, int total, List<Hit> hits) {
    }

    public Page search(DocumentKind kind, String text, SearchIndex.Filters filters, int page, int size) {
        return timer("ib.matching.search", "Free-text search, ranked and explained", kind)
                .record(() -> pageOf(kind, queries.fromText(text), filters, page, size));
    }

    /**
     * The best counterparts of one indexed problem (results) or result (problems); empty when it is unknown, or
     * unlisted (a draft, a withdrawn one) and the caller (empty: anonymous) is neither its organisation nor an admin.
     */
    public Optional<Page> counterparts(DocumentKind of, String id, Optional<Caller> caller, SearchIndex.Filters filters,
                                       int page, int size) {
        return timer("ib.matching.match", "Counterparts of one problem or result, ranked and explained", of)
                .record(() -> index.get(of, id)
                        .filter(doc -> !doc.deleted() && mayMatch(doc, caller))
                        .map(doc -> pageOf(of == DocumentKind.PROBLEM ? DocumentKind.RESULT : DocumentKind.PROBLEM,
                                queries.fromDocument(doc), filters, page, size)));
    }

    private static boolean mayMatch(MatchDocument doc, Optional<Caller> caller) {
        return doc.listed() || caller.map(c -> c.isAdmin()
                || doc.ownerId() != null && c.organisation().map(org -> org.toString().equals(doc.ownerId())).orElse(false))
                .orElse(false);
    }

    private Timer timer(String name, String description, DocumentKind kind) {
        return Timer.builder(name).description(description).tag("kind", kind.name().toLowerCase())
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    private Page pageOf(DocumentKind kind, MatchQuery query, SearchIndex.Filters filters, int page, int size) {
        List<HybridRanker.Ranked> ranked = ranker.rank(kind, query, filters, (page + 1) * size, RankingWeights.SHIPPED);
        List<HybridRanker.Ranked> shown = ranked.stream().skip((long) page * size).toList();
        Map<String, MatchDocument> owners = index.getAll(DocumentKind.OWNER, shown.stream()
                .map(r -> r.document().ownerId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Hit> hits = shown.stream().map(r -> hit(r, owners)).toList();
        return new Page(query.words(), ranked.size(), hits);
    }

    /** Shows the owner's current name (a rename reaches us as an owner event, not as events of every problem). */
    private static Hit hit(HybridRanker.Ranked ranked, Map<String, MatchDocument> owners) {
        MatchDocument doc = ranked.document();
        String text = doc.text() == null ? "" : doc.text();
        String snippet = text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
        MatchDocument current = doc.ownerId() == null ? null : owners.get(doc.ownerId());
        String ownerName = current == null || current.deleted() ? doc.ownerName() : current.title();
        String owner = Boolean.TRUE.equals(doc.anonymous()) ? null : ownerName;
        return new Hit(doc.id(), doc.title(), snippet, owner, doc.industryChains(), doc.technicalFields(),
                doc.maturity(), ranked.score(), ranked.why().matchedTerms(), ranked.why());
    }
}
