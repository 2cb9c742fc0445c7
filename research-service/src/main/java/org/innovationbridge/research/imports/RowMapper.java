package org.innovationbridge.research.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.innovationbridge.research.domain.CooperationMode;
import org.innovationbridge.research.domain.Maturity;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.service.FieldProblem;
import org.innovationbridge.research.service.ReferenceData;
import org.innovationbridge.research.service.ResultInput;
import org.innovationbridge.research.service.ResultService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a row into the {@link ResultInput} that {@code POST /results} would receive and checks it by the same
 * rules (bean validation, reference data, patent numbers), collecting every problem of the row rather than the
 * first. Reference columns take codes or names; maturity and cooperation modes take enum names or Chinese words.
 */
public final class RowMapper {
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** 面议: "price on request", what compilations write instead of a number. */
    private static final String NEGOTIABLE = "面议";

    private final UploadedTable table;
    private final ReferenceData.Snapshot reference;
    private final Validator validator;
    private final UUID institutionId;

    public RowMapper(UploadedTable table, ReferenceData.Snapshot reference, Validator validator, UUID institutionId) {
        this.table = table;
        this.reference = reference;
        this.validator = validator;
        this.institutionId = institutionId;
    }

    /** A row's input, and its problems in column order; the input may only be written when there are none. */
    public record Checked(ResultInput input, List<RowProblem> problems) {
    }

    public Checked check(Row row) {
        List<RowProblem> problems = new ArrayList<>();
        ResultInput input = new ResultInput(institutionId,
                single(row, Column.TITLE, problems),
                single(row, Column.SUMMARY, problems),
                codes(row, Column.TECHNICAL_FIELDS, ReferenceItem.TECHNICAL_FIELD, problems),
                codes(row, Column.INDUSTRY_CHAINS, ReferenceItem.INDUSTRY_CHAIN, problems),
                items(row, Column.KEYWORDS, problems),
                maturity(row, problems),
                items(row, Column.PATENTS, problems),
                cooperationModes(row, problems),
                price(row, problems),
                single(row, Column.TEAM_LEAD, problems));
        Set<Column> unreadable = EnumSet.noneOf(Column.class);
        problems.forEach(problem -> unreadable.add(problem.column()));
        for (ConstraintViolation<ResultInput> violation : validator.validate(input)) {
            Field field = fieldOf(violation.getPropertyPath());
            Optional<Column> column = Column.forField(field.name());
            // a value that could not be read at all is already reported; "must not be null" would only repeat it
            if (column.isPresent() && !unreadable.contains(column.get())) {
                problems.add(new RowProblem(column.get(), valueAt(row, column.get(), field.index()), violation.getMessage()));
            }
        }
        for (FieldProblem problem : ResultService.problemsWith(input, reference)) {
            Column.forField(problem.field()).ifPresent(column ->
                    problems.add(new RowProblem(column, valueAt(row, column, problem.index()), problem.reason())));
        }
        problems.sort(Comparator.comparing(RowProblem::column));
        return new Checked(input, List.copyOf(problems));
    }

    /** The cell, or the value of a multi-valued cell at the index the problem names. */
    public String valueAt(Row row, Column column, Integer index) {
        Cell cell = table.cell(row, column);
        if (index != null && column.multiValued) {
            List<String> values = cell.values();
            return index < values.size() ? values.get(index) : "";
        }
        return cell.display();
    }

    private String single(Row row, Column column, List<RowProblem> problems) {
        Cell cell = readable(row, column, problems);
        if (cell == null) {
            return null;
        }
        if (cell.items() != null) {
            if (cell.items().size() > 1) {
                problems.add(new RowProblem(column, cell.display(), "must be one value, not a list"));
                return null;
            }
            return cell.items().isEmpty() ? "" : cell.items().get(0);
        }
        return cell.text();
    }

    private List<String> items(Row row, Column column, List<RowProblem> problems) {
        Cell cell = readable(row, column, problems);
        return cell == null ? List.of() : cell.values();
    }

    /** Names become codes; what is neither stays as typed, for the reference check to name. */
    private List<String> codes(Row row, Column column, String kind, List<RowProblem> problems) {
        return items(row, column, problems).stream()
                .map(value -> reference.codeOf(kind, value).orElse(value)).toList();
    }

    private Maturity maturity(Row row, List<RowProblem> problems) {
        String text = single(row, Column.MATURITY, problems);
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Maturity> maturity = Vocabulary.maturity(text);
        if (maturity.isEmpty()) {
            problems.add(new RowProblem(Column.MATURITY, text, "'" + text.strip() + "' is not one of "
                    + String.join(", ", Vocabulary.MATURITY.keySet()) + " (" + List.of(Maturity.values()) + ")"));
        }
        return maturity.orElse(null);
    }

    private List<CooperationMode> cooperationModes(Row row, List<RowProblem> problems) {
        List<CooperationMode> modes = new ArrayList<>();
        for (String value : items(row, Column.COOPERATION_MODES, problems)) {
            Optional<CooperationMode> mode = Vocabulary.cooperationMode(value);
            if (mode.isPresent()) {
                modes.add(mode.get());
            } else {
                problems.add(new RowProblem(Column.COOPERATION_MODES, value, "'" + value + "' is not one of "
                        + String.join(", ", Vocabulary.COOPERATION_MODES.values().stream().map(words -> words.get(0)).toList())
                        + " (" + List.of(CooperationMode.values()) + ")"));
            }
        }
        return modes;
    }

    /** 300, 300.5, 1,200, 300万元 or 300万; 面议 and blank mean no price. */
    private BigDecimal price(Row row, List<RowProblem> problems) {
        String text = single(row, Column.INDICATIVE_PRICE, problems);
        if (text == null || text.isBlank() || text.strip().equals(NEGOTIABLE)) {
            return null;
        }
        String number = text.strip();
        if (number.endsWith("万元")) {
            number = number.substring(0, number.length() - 2).strip();
        } else if (number.endsWith("万")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        if (THOUSANDS.matcher(number).matches()) {
            number = number.replace(",", "");
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(Column.INDICATIVE_PRICE, text, "'" + text.strip()
                    + "' is not a number of 万元 (or 面议)"));
            return null;
        }
    }

    private Cell readable(Row row, Column column, List<RowProblem> problems) {
        Cell cell = table.cell(row, column);
        if (cell.unreadable() != null) {
            problems.add(new RowProblem(column, "", cell.unreadable()));
            return null;
        }
        return cell;
    }

    private record Field(String name, Integer index) {
    }

    /** {@code keywords[1]} of a violation: the property and the list position of the element, if any. */
    private static Field fieldOf(Path path) {
        String name = null;
        Integer index = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY && name == null) {
                name = node.getName();
            } else if (node.getIndex() != null) {
                index = node.getIndex();
            }
        }
        return new Field(name == null ? "" : name, index);
    }
}
