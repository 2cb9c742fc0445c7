package org.innovationbridge.matching.matchmaking.export;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.EventKind;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.service.AgendaService;

/**
 * A participant's agenda as a page in Chinese that prints on A4: one table of time, place, counterpart, topic.
 * The Qute template escapes every value, so names and topics typed by participants stay text.
 */
@ApplicationScoped
public class AgendaPage {
    private final Template agenda;

    public AgendaPage(@Location("agenda.html") Template agenda) {
        this.agenda = agenda;
    }

    public String render(AgendaService.Agenda content) {
        return agenda.data("agenda", content)
                .data("kind", kind(content.kind()))
                .data("organisation", content.organisationType() == OrganisationType.ENTERPRISE ? "企业" : "科研机构")
                .data("online", content.kind() != EventKind.ON_SITE)
                .render();
    }

    private static String kind(EventKind kind) {
        return switch (kind) {
            case ON_SITE -> "线下";
            case ONLINE -> "线上";
            case HYBRID -> "线上线下结合";
        };
    }
}
