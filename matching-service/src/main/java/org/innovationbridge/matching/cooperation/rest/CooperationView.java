package org.innovationbridge.matching.cooperation.rest;

import org.innovationbridge.matching.cooperation.domain.Cooperation;
import org.innovationbridge.matching.cooperation.domain.CooperationOrigin;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;
import org.innovationbridge.matching.cooperation.domain.FollowUp;
import org.innovationbridge.matching.cooperation.domain.Party;
import org.innovationbridge.matching.cooperation.domain.StageChange;
import org.innovationbridge.matching.cooperation.service.CooperationService;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A cooperation as its parties and the bureau read it; follow-ups are present for the bureau only. */
public record CooperationView(UUID id, String title, CooperationOrigin origin, UUID originId, List<Party> parties,
                              CooperationStage stage, String stageLabel, List<Step> history, boolean keyProject,
                              List<Note> followUps, OffsetDateTime lastUpdateAt, long version) {

    /** Who moved it: the account's role and the organisation it acted for, never the account itself. */
    public record By(String role, String organisation) {
    }

    public record Step(CooperationStage stage, String stageLabel, OffsetDateTime at, By by, String note,
                       BigDecimal contractAmount, String cooperationMode, String reason) {
    }

    public record Note(String note, OffsetDateTime at) {
    }

    public static CooperationView of(CooperationService.Detail detail) {
        Cooperation c = detail.cooperation();
        return new CooperationView(c.id, c.title, c.origin, c.originId, c.parties(), c.stage, c.stage.label,
                detail.history().stream().map(CooperationView::step).toList(), c.keyProject,
                detail.followUps() == null ? null : detail.followUps().stream().map(CooperationView::note).toList(),
                c.lastUpdateAt, c.version);
    }

    /** A list entry: the cooperation without its history. */
    public static CooperationView summary(Cooperation c) {
        return new CooperationView(c.id, c.title, c.origin, c.originId, c.parties(), c.stage, c.stage.label,
                null, c.keyProject, null, c.lastUpdateAt, c.version);
    }

    private static Step step(StageChange s) {
        return new Step(s.stage, s.stage.label, s.at, new By(s.byRole, s.byOrganisation), s.note, s.contractAmount,
                s.cooperationMode, s.reason);
    }

    private static Note note(FollowUp f) {
        return new Note(f.note, f.at);
    }
}
