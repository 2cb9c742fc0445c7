package org.innovationbridge.research.imports;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a result compilation. Each is recognised by its Chinese header (as in the template), by the
 * field name of {@code POST /results}, or by an alias, compared after {@link #normaliseHeader}.
 */
public enum Column {
    TITLE("成果名称", "title", true, false),
    SUMMARY("成果简介", "summary", true, false),
    TECHNICAL_FIELDS("技术领域", "technicalFields", false, true),
    INDUSTRY_CHAINS("产业链", "industryChains", false, true),
    KEYWORDS("关键词", "keywords", false, true),
    MATURITY("成熟度", "maturity", true, false),
    PATENTS("专利号", "patents", false, true),
    COOPERATION_MODES("合作方式", "cooperationModes", false, true),
    // the unit is part of the header; "参考价格" alone means the same 万元, a header in 元 is not recognised
    INDICATIVE_PRICE("参考价格（万元）", "indicativePrice", false, false, "参考价格"),
    TEAM_LEAD("团队负责人", "teamLead", false, false);

    /** The header of the template. */
    public final String header;
    /** The field of {@code POST /results} the column fills. */
    public final String field;
    /** A file without this column is refused; the field may not be blank in any row. */
    public final boolean required;
    /** Holds several values, separated as {@link Cell#values()} splits them. */
    public final boolean multiValued;
    private final List<String> names;

    Column(String header, String field, boolean required, boolean multiValued, String... aliases) {
        this.header = header;
        this.field = field;
        this.required = required;
        this.multiValued = multiValued;
        this.names = Stream.concat(Stream.of(header, field), Stream.of(aliases))
                .map(Column::normaliseHeader).toList();
    }

    public static Optional<Column> forHeader(String text) {
        String normalised = normaliseHeader(text);
        for (Column column : values()) {
            if (column.names.contains(normalised)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    public static Optional<Column> forField(String field) {
        for (Column column : values()) {
            if (column.field.equals(field)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** How the header reads in a message: {@code 成熟度 (maturity)}. */
    public String describe() {
        return header + " (" + field + ")";
    }

    /**
     * Headers as people retype them: blanks anywhere (including the ideographic space), full-width letters and
     * brackets, 【】 and [] for (), the * that marks required columns, case, and _ or - in English names.
     */
    static String normaliseHeader(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '【', '[', '〔' -> key.append('(');
                case '】', ']', '〕' -> key.append(')');
                case '*', '_', '-' -> {
                }
                default -> {
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        key.append(Character.toLowerCase(c));
                    }
                }
            }
        }
        return key.toString();
    }
}
