package org.innovationbridge.research.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.ImportJob;
import org.innovationbridge.research.imports.ErrorReport;
import org.innovationbridge.research.imports.Template;
import org.innovationbridge.research.service.ImportService;
import org.innovationbridge.research.service.ReferenceData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

@Path("/imports")
@Tag(name = "Result compilations", description = "成果汇编: upload XLSX, CSV or JSON files of results as import jobs")
public class ImportResource {
    private final ImportService imports;
    private final ReferenceData reference;
    private final Callers callers;

    public ImportResource(ImportService imports, ReferenceData reference, Callers callers) {
        this.imports = imports;
        this.reference = reference;
        this.callers = callers;
    }

    @GET
    @Path("/template")
    @Produces(ErrorReport.XLSX)
    @Operation(summary = "The compilation template (XLSX) with the Chinese column headers, an example row and the accepted values")
    public Response template() {
        return attachment(Response.ok(Template.write(reference.snapshot()), ErrorReport.XLSX), Template.FILE_NAME,
                Template.ASCII_FILE_NAME)
                .build();
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import job's status and progress")
    public ImportJobView get(@PathParam("jobId") UUID jobId) {
        return ImportJobView.of(job(jobId));
    }

    @GET
    @Path("/{jobId}/errors")
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Produces({ErrorReport.CSV, ErrorReport.XLSX})
    @Operation(summary = "The rejected rows' problems (row, column, value, reason) as CSV (default) or XLSX")
    public Response errors(@PathParam("jobId") UUID jobId,
                           @QueryParam("format") @Parameter(description = "csv or xlsx; else the Accept header decides")
                           String format,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ImportJob job = job(jobId);
        boolean xlsx = wantsXlsx(format, accept);
        ErrorReport.Source errors = each -> imports.forEachError(job.id, each);
        StreamingOutput body = xlsx ? out -> ErrorReport.writeXlsx(errors, out) : out -> ErrorReport.writeCsv(errors, out);
        String name = "import-" + job.id + "-errors." + (xlsx ? "xlsx" : "csv");
        return attachment(Response.ok(body, xlsx ? ErrorReport.XLSX : ErrorReport.CSV + ";charset=UTF-8"), name, name)
                .build();
    }

    private ImportJob job(UUID jobId) {
        return imports.find(jobId, callers.current()).orElseThrow(() -> new DomainException.NotFound("import job", jobId));
    }

    private static boolean wantsXlsx(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> true;
                case "csv" -> false;
                default -> throw new DomainException.InvalidField("format", "'" + format + "' is not one of csv, xlsx");
            };
        }
        return accept != null && accept.contains(ErrorReport.XLSX) && !accept.contains(ErrorReport.CSV);
    }

    /** A download name in UTF-8 (RFC 6266) with an ASCII fallback for old clients. */
    private static Response.ResponseBuilder attachment(Response.ResponseBuilder response, String name, String asciiName) {
        return response.header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
