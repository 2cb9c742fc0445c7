package org.innovationbridge.research.rest;

import jakarta.ws.rs.core.Response;
import org.innovationbridge.kit.problem.ProblemDetails;
import org.innovationbridge.kit.problem.ProblemType;
import org.innovationbridge.research.imports.ImportRefused;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An upload refused as a whole; every other failure is the kit's {@code ErrorMapper}'s. */
public class ImportRefusedMapper {
    @ServerExceptionMapper
    public Response importRefused(ImportRefused e) {
        ProblemType type = switch (e.reason) {
            case INVALID -> ProblemType.INVALID_UPLOAD;
            case UNSUPPORTED -> ProblemType.UNSUPPORTED_FORMAT;
            case UNREADABLE -> ProblemType.UNREADABLE_FILE;
            case BUSY -> ProblemType.BUSY;
        };
        Response.ResponseBuilder response = ProblemDetails.of(type, e.getMessage(),
                e.details.stream().map(d -> new ProblemDetails.FieldError(d.field(), d.reason())).toList()).response();
        return e.reason == ImportRefused.Reason.BUSY ? response.header("Retry-After", 60).build() : response.build();
    }
}
