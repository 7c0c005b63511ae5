package org.roundrobin.io;

import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;

/** The export document of everything, and its restore. One campaign's export is {@link CampaignExportResource}. */
@Path("/api")
public class ExportResource {

    @Inject
    DocumentExport export;
    @Inject
    DocumentImport restore;
    @Inject
    AppClock clock;

    /** Everything, as one versioned JSON document (streamed). */
    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response all() {
        return download(ExportScope.ALL, "round-robin-export-" + clock.today() + ".json");
    }

    /** Restores a document into an empty database, or with {@code merge=true} adds it to what is here. */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public DocumentImport.Result restore(@QueryParam("merge") boolean merge, JsonNode document) {
        if (document == null) throw ProblemException.invalid("body", "is empty; send an export document");
        return restore.restore(document, merge);
    }

    Response download(ExportScope scope, String filename) {
        // In its turn (web.Heavy): H2 holds a sorted cursor's rows while it is read, tens of MB for 50,000 requests
        StreamingOutput body = out -> org.roundrobin.web.Heavy.run(() -> {
            export.write(scope, out);
            return null;
        });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
