package org.innovationbridge.research;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.innovationbridge.research.service.ImportLeases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.innovationbridge.research.TestData.asAdmin;

/**
 * Jobs left unfinished by an instance killed outright (no graceful stop marked them) are found by their stale
 * heartbeat and marked FAILED at the row they reached; a job whose instance still renews its lease is left alone.
 * The killed instance is played by rows written as it would have left them.
 */
@Tag("stack")
@QuarkusTest
class ImportLeaseTest {
    @Inject
    AgroalDataSource db;
    @Inject
    ImportLeases leases;

    @Test
    void anAbandonedJobIsFailedAtTheRowItReachedAndALiveOneRunsOn() throws Exception {
        String institution = TestData.registerInstitution();
        UUID killedRunning = job(institution, "RUNNING", 10, 4, "5 minutes");
        UUID killedQueued = job(institution, "QUEUED", 3, 0, "3 minutes");
        UUID alive = job(institution, "RUNNING", 10, 6, "5 seconds");

        leases.sweep();

        asAdmin().when().get("/imports/{id}", killedRunning).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("rowsDone", equalTo(4))
                .body("failure", equalTo("the instance running the import stopped after 4 of 10 rows;"
                        + " upload the file again (rows already imported are matched, not duplicated)"))
                .body("finishedAt", notNullValue());
        asAdmin().when().get("/imports/{id}", killedQueued).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failure", equalTo("the instance running the import stopped after 0 of 3 rows;"
                        + " upload the file again (rows already imported are matched, not duplicated)"));
        asAdmin().when().get("/imports/{id}", alive).then().statusCode(200)
                .body("status", equalTo("RUNNING"))
                .body("failure", nullValue())
                .body("finishedAt", nullValue());
    }

    /** An import job as an instance leaves it, its heartbeat last renewed {@code heartbeatAge} ago. */
    private UUID job(String institution, String status, int rowsTotal, int rowsDone, String heartbeatAge)
            throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = db.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into import_job (id, institution_id, file_name, format, publish, status, rows_total, rows_done,"
                        + " created, created_at, started_at, updated_at, heartbeat_at) values (?, ?, 'compilation.xlsx',"
                        + " 'XLSX', false, ?, ?, ?, ?, now() - interval '10 minutes', now() - interval '10 minutes',"
                        + " now() - ?::interval, now() - ?::interval)")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.fromString(institution));
            insert.setString(3, status);
            insert.setInt(4, rowsTotal);
            insert.setInt(5, rowsDone);
            insert.setInt(6, rowsDone);
            insert.setString(7, heartbeatAge);
            insert.setString(8, heartbeatAge);
            insert.executeUpdate();
        }
        return id;
    }
}
