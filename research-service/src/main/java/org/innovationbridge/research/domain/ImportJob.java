package org.innovationbridge.research.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 成果汇编导入: one uploaded compilation of results and how far its rows have got. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "institution_id")
    public UUID institutionId;
    @Column(name = "file_name")
    public String fileName;
    /** XLSX, CSV or JSON. */
    public String format;
    /** The character set a CSV file was read in; null for the other formats. */
    public String encoding;
    /** Whether the results the import creates are published at once rather than drafts. */
    public boolean publish;
    @Enumerated(EnumType.STRING)
    public ImportStatus status;
    @Column(name = "rows_total")
    public int rowsTotal;
    @Column(name = "rows_done")
    public int rowsDone;
    public int created;
    public int updated;
    public int unchanged;
    public int rejected;
    /** What was read but ignored: unknown columns, rows above the header. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> warnings;
    /** Why a FAILED job stopped. */
    public String failure;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** Renewed by the instance working on the job while it is unfinished; a stale one means that instance died. */
    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;
}
