package org.innovationbridge.matching.ranking;

import org.innovationbridge.matching.search.MatchDocument;

import java.util.ArrayList;
import java.util.List;

/** Which structured facts of the asking side a candidate shares, and the bonus they earn. */
final class StructureAgreement {
    /** Maturity levels in order; a result at least as mature as the problem expects fits it. */
    private static final List<String> MATURITY = List.of("LAB", "PILOT", "SCALE_UP", "INDUSTRIALISED");
    private static final int MAX_COUNTED_FIELDS = 2;

    private StructureAgreement() {
    }

    static Explanation.Structure between(MatchQuery.Facts facts, MatchDocument doc, RankingWeights weights) {
        List<String> agreed = new ArrayList<>();
        double bonus = 0;
        for (String chain : facts.industryChains()) {
            if (contains(doc.industryChains(), chain)) {
                agreed.add("industryChain:" + chain);
                bonus += weights.sameChain();
                break;
            }
        }
        int fields = 0;
        for (String field : facts.technicalFields()) {
            if (contains(doc.technicalFields(), field) && fields < MAX_COUNTED_FIELDS) {
                agreed.add("technicalField:" + field);
                bonus += weights.sharedField();
                fields++;
            }
        }
        for (String mode : facts.cooperationModes()) {
            if (contains(doc.cooperationModes(), mode)) {
                agreed.add("cooperationMode:" + mode);
                bonus += weights.cooperationMode();
                break;
            }
        }
        if (maturityFits(facts.maturity(), doc.maturity())) {
            agreed.add("maturity:" + doc.maturity());
            bonus += weights.maturityFit();
        }
        if (facts.district() != null && facts.district().equals(doc.district())) {
            agreed.add("district:" + facts.district());
            bonus += weights.sameDistrict();
        }
        return new Explanation.Structure(agreed, bonus);
    }

    /** Either side may be the result: what counts is that the result is at least as mature as expected. */
    private static boolean maturityFits(String expected, String offered) {
        int want = expected == null ? -1 : MATURITY.indexOf(expected);
        int have = offered == null ? -1 : MATURITY.indexOf(offered);
        return want >= 0 && have >= 0 && have >= want;
    }

    private static boolean contains(List<String> values, String value) {
        return values != null && values.contains(value);
    }
}
