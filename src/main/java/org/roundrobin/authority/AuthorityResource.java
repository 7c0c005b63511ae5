package org.roundrobin.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.roundrobin.web.JsonArrays;
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

    /**
     * The directory, or those matching, by name and id: written as it is read ({@link JsonArrays}), so that memory stays
     * flat however large the directory and however many ask at once.
     */
    @GET
    @Authenticated
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AuthorityView.class)))
    public Response list(@QueryParam("tag") String tag, @QueryParam("jurisdiction") String jurisdiction, @QueryParam("q") String text) {
        Jurisdiction j = jurisdiction == null || jurisdiction.isBlank() ? null : Jurisdiction.parse(jurisdiction).orElseThrow(
                () -> ProblemException.invalid("jurisdiction", "'" + jurisdiction + "' is not a known jurisdiction (one of "
                        + List.of(Jurisdiction.values()) + ")"));
        return JsonArrays.of(mapper, () -> JsonArrays.keyset((Authority last, Integer max) -> last == null
                ? Authority.searchAfter(tag, j, text, null, null, max)
                : Authority.searchAfter(tag, j, text, last.name, last.id, max)), AuthorityView::of);
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
