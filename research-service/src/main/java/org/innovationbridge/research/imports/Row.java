package org.innovationbridge.research.imports;

import java.util.List;

/** One non-empty row of an upload: its number as the user sees it and its cells by column position. */
public record Row(int number, List<Cell> cells) {

    public Cell cell(int position) {
        return position < cells.size() ? cells.get(position) : Cell.BLANK;
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
