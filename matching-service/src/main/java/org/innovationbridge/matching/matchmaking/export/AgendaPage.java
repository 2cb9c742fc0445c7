package org.innovationbridge.matching.matchmaking.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.EventKind;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.service.AgendaService;

/** A participant's agenda as a page in Chinese that prints on A4: one table of time, place, counterpart, topic. */
@ApplicationScoped
public class AgendaPage {
    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif;
                   margin: 2em; color: #111; }
            h1 { font-size: 20pt; margin: 0 0 .2em; }
            .meta { margin: 0 0 1em; color: #444; }
            table { width: 100%; border-collapse: collapse; font-size: 11pt; }
            th, td { border: 1px solid #888; padding: .4em .5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.time { white-space: nowrap; }
            a { color: #03c; word-break: break-all; }
            .empty, .total { margin-top: 1em; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { margin: 0; }
              th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              tr { page-break-inside: avoid; break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: #000; text-decoration: none; }
            }
            """;

    public String render(AgendaService.Agenda agenda) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(esc(agenda.eventName())).append(" · 对接日程 · ").append(esc(agenda.participantName()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(agenda.eventName())).append("</h1>\n");
        html.append("<p class=\"meta\">对接日程 · ")
                .append(agenda.organisationType() == OrganisationType.ENTERPRISE ? "企业" : "科研机构").append("：<strong>")
                .append(esc(agenda.participantName())).append("</strong><br>日期：").append(agenda.date())
                .append(agenda.venue() == null ? "" : "　地点：" + esc(agenda.venue()))
                .append("　形式：").append(kind(agenda.kind())).append("</p>\n");
        boolean online = agenda.kind() != EventKind.ON_SITE;
        if (agenda.meetings().isEmpty()) {
            html.append("<p class=\"empty\">暂无已安排的对接会面。</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th>时间</th><th>").append(online ? "桌号 / 线上会议室" : "桌号")
                    .append("</th><th>对接方</th><th>对接主题</th></tr></thead>\n<tbody>\n");
            for (AgendaService.Entry entry : agenda.meetings()) {
                html.append("<tr><td class=\"time\">第 ").append(entry.slot()).append(" 场<br>").append(entry.start())
                        .append("–").append(entry.end()).append("</td><td>").append(entry.table()).append(" 号桌");
                if (entry.roomUrl() != null) {
                    html.append("<br><a href=\"").append(esc(entry.roomUrl())).append("\">").append(esc(entry.roomUrl()))
                            .append("</a>");
                }
                html.append("</td><td>").append(esc(entry.counterpart())).append("</td><td>").append(esc(entry.topic()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<p class=\"total\">共 ").append(agenda.meetings().size()).append(" 场对接。</p>\n");
        return html.append("</body>\n</html>\n").toString();
    }

    private static String kind(EventKind kind) {
        return switch (kind) {
            case ON_SITE -> "线下";
            case ONLINE -> "线上";
            case HYBRID -> "线上线下结合";
        };
    }

    private static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
