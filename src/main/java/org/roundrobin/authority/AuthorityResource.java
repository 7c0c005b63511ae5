package org.roundrobin.authority;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.roundrobin.web.Heavy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Jurisdiction;

@Path("/api/authorities")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityResource {

    @Inject
    Directory directory;
    @Inject
    ImportConfig importConfig;
    @Inject
    ObjectMapper mapper;

    /** Authorities written per batch of the list (then let go): the list may be a directory of 50,000 schools. */
    static final int BATCH = 500;

    /**
     * The directory, or those matching, by name: one JSON array written as it is read, {@link #BATCH} at a time, in
     * its turn ({@link Heavy}), so that memory stays flat however large the directory and however many ask at once.
     */
    @GET
    @Authenticated
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuthorityView.class)))
    public Response list(@QueryParam("tag") String tag, @QueryParam("jurisdiction") String jurisdiction, @QueryParam("q") String text) {
        Jurisdiction j = jurisdiction == null || jurisdiction.isBlank() ? null : Jurisdiction.parse(jurisdiction).orElseThrow(
                () -> ProblemException.invalid("jurisdiction", "'" + jurisdiction + "' is not a known jurisdiction (one of "
                        + List.of(Jurisdiction.values()) + ")"));
        StreamingOutput body = out -> Heavy.run(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
                g.writeStartArray();
                String afterName = null;
                Long afterId = null;
                while (true) {
                    List<Authority> batch = Authority.searchAfter(tag, j, text, afterName, afterId, BATCH);
                    for (Authority a : batch) g.writeObject(AuthorityView.of(a));
                    Authority.getEntityManager().clear(); // read-only: nothing to flush, and the batch is written
                    if (batch.size() < BATCH) break;
                    afterName = batch.get(BATCH - 1).name;
                    afterId = batch.get(BATCH - 1).id;
                }
                g.writeEndArray();
            }
            return null;
        }));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{slug}")
    @Authenticated
    public AuthorityView get(@PathParam("slug") String slug) {
        return AuthorityView.of(Authority.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Authority '" + slug + "'")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response create(AuthorityInput input) {
        if (input == null) throw ProblemException.invalid("body", "is empty; send the authority as JSON");
        Authority a = directory.create(input);
        return Response.created(URI.create("/api/authorities/" + a.slug)).entity(AuthorityView.of(a)).build();
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public AuthorityView update(@PathParam("slug") String slug, AuthorityInput input) {
        if (input == null) throw ProblemException.invalid("body", "is empty; send the authority as JSON");
        return AuthorityView.of(directory.update(slug, input));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed("admin")
    public Response delete(@PathParam("slug") String slug) {
        directory.delete(slug);
        return Response.noContent().build();
    }

    /** A CSV in our layout or WhatDoTheyKnow's; all rows or none. {@code jurisdiction} fills rows that have none. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed("admin")
    public Directory.ImportResult importCsv(byte[] body, @QueryParam("jurisdiction") String jurisdiction) {
        long max = importConfig.maxBytes().asLongValue();
        if (body == null || body.length == 0) throw ProblemException.invalid("body", "is empty; send a CSV file with a header row");
        if (body.length > max) {
            throw ProblemException.tooLarge("The CSV is " + body.length / 1024 + " KiB; the import accepts at most " + max / 1024
                    + " KiB (setting roundrobin.import.max-bytes). Split the file and import the parts.");
        }
        if (!org.roundrobin.security.Uploads.isText(body)) {
            throw ProblemException.invalid("body", "is not a CSV file: it must be text in UTF-8");
        }
        return directory.importCsv(body, jurisdiction);
    }
}
