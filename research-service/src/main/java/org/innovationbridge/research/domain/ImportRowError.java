package org.innovationbridge.research.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One problem of a rejected row: where it is in the file, what the cell held and what is wrong with it. */
@Entity
@Table(name = "import_row_error")
public class ImportRowError extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "job_id")
    public UUID jobId;
    /** The row number the user sees in the file (Excel's, or the position of the object in a JSON array). */
    @Column(name = "row_number")
    public int rowNumber;
    /** The column's header as written in the file. */
    @Column(name = "column_name")
    public String columnName;
    public String value;
    public String reason;
}
