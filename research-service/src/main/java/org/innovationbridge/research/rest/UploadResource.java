package org.innovationbridge.research.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.research.domain.ImportJob;
import org.innovationbridge.research.service.ImportService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/** The upload of a result compilation, under the institution it belongs to; the job it starts is under /imports. */
@Path("/institutions/{id}/imports")
@Tag(name = "Result compilations")
public class UploadResource {
    private final ImportService imports;
    private final Callers callers;

    public UploadResource(ImportService imports, Callers callers) {
        this.imports = imports;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Caller.INSTITUTION, Caller.ADMIN})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a result compilation (XLSX, CSV in UTF-8 or GBK, or a JSON array) of up to 20,000 rows;"
            + " the rows are imported by a job whose progress GET /imports/{jobId} shows")
    @APIResponse(responseCode = "202", description = "the file was read and its job queued",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public Response upload(@PathParam("id") UUID institutionId,
                           @RestForm("file") @Schema(type = SchemaType.STRING,
                                   format = "binary") FileUpload file,
                           @RestForm("publish") @Parameter(description = "true: created results are PUBLISHED, not drafts")
                           String publish) {
        if (file == null) {
            throw new DomainException.InvalidField("file", "the multipart part 'file' with the compilation is missing");
        }
        ImportJob job = imports.start(institutionId, file.uploadedFile(), file.fileName(), flag("publish", publish),
                callers.current());
        return Response.accepted(ImportJobView.of(job)).location(URI.create("/imports/" + job.id)).build();
    }

    /** true/false, also 1/0 and on/off as HTML forms send them; absent is false. */
    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new DomainException.InvalidField(name, "'" + value + "' is not true or false");
        };
    }
}
