package org.innovationbridge.matching.cooperation.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innovationbridge.kit.http.QueryValues;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.identity.Callers;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.cooperation.domain.Connection;
import org.innovationbridge.matching.cooperation.domain.ConnectionMessage;
import org.innovationbridge.matching.cooperation.domain.ConnectionStatus;
import org.innovationbridge.matching.cooperation.domain.DeclineReason;
import org.innovationbridge.matching.cooperation.service.ConnectionInput;
import org.innovationbridge.matching.cooperation.service.ConnectionService;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Connection requests (对接申请) between matched organisations, and the thread of an accepted one. */
@Path("/connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Connections")
public class ConnectionResource {
    private static final Set<String> BOXES = Set.of("incoming", "outgoing");

    private final ConnectionService connections;
    private final Callers callers;

    public ConnectionResource(ConnectionService connections, Callers callers) {
        this.connections = connections;
        this.callers = callers;
    }

    public record ConnectionPage(List<ConnectionView> items, int page, int size) {
    }

    public record Decline(@NotNull DeclineReason reason, @Size(max = 500) String note) {
    }

    public record NewMessage(@NotBlank @Size(max = 2000) String text) {
    }

    @POST
    @Operation(summary = "Ask the owner of a matched item for a connection, about one of your own listed items")
    public Response request(@Valid @NotNull ConnectionInput input) {
        Caller caller = callers.signedIn();
        Connection connection = connections.request(caller, input);
        return Response.created(URI.create("/connections/" + connection.id)).entity(view(connection, caller)).build();
    }

    @GET
    @Operation(summary = "Your organisation's requests, newest first (box incoming or outgoing, or both); the "
            + "bureau's: everyone's")
    public ConnectionPage list(@QueryParam("box") String box, @QueryParam("status") String status,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        if (box != null && !BOXES.contains(box)) {
            throw new DomainException.InvalidField("box", "must be incoming or outgoing");
        }
        Caller caller = callers.signedIn();
        ConnectionStatus wanted = QueryValues.parseEnum(ConnectionStatus.class, "status", status);
        return new ConnectionPage(connections.list(caller, box, wanted, page, size).stream()
                .map(c -> view(c, caller)).toList(), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request, for its two sides and the bureau")
    public ConnectionView get(@PathParam("id") UUID id) {
        Caller caller = callers.signedIn();
        return view(connections.readable(caller, id), caller);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept a request (the organisation asked): both sides may then read each other's "
            + "contact details, and a message thread opens")
    public ConnectionView accept(@PathParam("id") UUID id) {
        Caller caller = callers.signedIn();
        return view(connections.accept(caller, id), caller);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline a request with a reason from the list (the organisation asked)")
    public ConnectionView decline(@PathParam("id") UUID id, @Valid @NotNull Decline decline) {
        Caller caller = callers.signedIn();
        return view(connections.decline(caller, id, decline.reason(), decline.note()), caller);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw an open request (the organisation that asked)")
    public ConnectionView withdraw(@PathParam("id") UUID id) {
        Caller caller = callers.signedIn();
        return view(connections.withdraw(caller, id), caller);
    }

    @POST
    @Path("/{id}/contact-grant/revoke")
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Take back an accepted connection's contact grant (admins)")
    public Response revoke(@PathParam("id") UUID id) {
        connections.revokeGrant(callers.signedIn(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "The thread of an accepted connection, oldest first, with your unread count")
    public MessageView.Thread messages(@PathParam("id") UUID id) {
        Caller caller = callers.signedIn();
        Connection connection = connections.readable(caller, id);
        return MessageView.Thread.of(connection, connections.thread(caller, id));
    }

    @POST
    @Path("/{id}/messages")
    @Operation(summary = "Write in the thread of an accepted connection (its two sides)")
    public Response send(@PathParam("id") UUID id, @Valid @NotNull NewMessage message) {
        Caller caller = callers.signedIn();
        ConnectionMessage sent = connections.send(caller, id, message.text());
        return Response.created(URI.create("/connections/" + id + "/messages/" + sent.id))
                .entity(MessageView.of(connections.readable(caller, id), sent)).build();
    }

    @POST
    @Path("/{id}/messages/read")
    @Operation(summary = "Mark the other side's messages read")
    public Response read(@PathParam("id") UUID id) {
        connections.markRead(callers.signedIn(), id);
        return Response.noContent().build();
    }

    private ConnectionView view(Connection connection, Caller caller) {
        return ConnectionView.of(connection, connections.statusOf(connection), caller, null);
    }
}
