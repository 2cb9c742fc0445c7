package org.innovationbridge.matching.matchmaking.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationbridge.matching.matchmaking.domain.EventKind;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.service.AgendaService.Agenda;
import org.innovationbridge.matching.matchmaking.service.AgendaService.Entry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The agenda page from its Qute template: what participants typed is shown as text, never as markup. */
@Tag("stack")
@QuarkusTest
class AgendaPageTest {
    private final AgendaPage page;

    AgendaPageTest(AgendaPage page) {
        this.page = page;
    }

    @Test
    void markupInNamesAndTopicsIsEscaped() {
        Entry entry = new Entry(UUID.randomUUID(), 2, "09:20", "09:40", 7, "https://meet.example/a?x=1&y=\"2\"",
                UUID.randomUUID(), "<script>alert(1)</script>研究院", "氢能 & <b>储氢</b>", false);
        Agenda agenda = new Agenda(UUID.randomUUID(), "淄博 <i>对接会</i>", EventKind.HYBRID, "张店区 '会展中心'",
                LocalDate.of(2026, 12, 8), UUID.randomUUID(), "企业 \"甲\"", OrganisationType.ENTERPRISE, List.of(entry));

        String html = page.render(agenda);

        assertThat(html).contains("<title>淄博 &lt;i&gt;对接会&lt;/i&gt; · 对接日程 · 企业 &quot;甲&quot;</title>",
                "&lt;script&gt;alert(1)&lt;/script&gt;研究院", "氢能 &amp; &lt;b&gt;储氢&lt;/b&gt;",
                "地点：张店区 &#39;会展中心&#39;", "形式：线上线下结合", "桌号 / 线上会议室", "第 2 场<br>09:20–09:40",
                "7 号桌", "<a href=\"https://meet.example/a?x=1&amp;y=&quot;2&quot;\">", "共 1 场对接。");
        assertThat(html).doesNotContain("<script>", "<b>", "<i>");
    }

    @Test
    void anEmptyAgendaSaysSoAndOnSiteShowsTablesOnly() {
        Agenda agenda = new Agenda(UUID.randomUUID(), "对接会", EventKind.ON_SITE, null, LocalDate.of(2026, 12, 8),
                UUID.randomUUID(), "研究院", OrganisationType.INSTITUTION, List.of());

        String html = page.render(agenda);

        assertThat(html).contains("科研机构：<strong>研究院</strong>", "暂无已安排的对接会面。", "共 0 场对接。", "形式：线下")
                .doesNotContain("地点：", "<table>");
    }
}
