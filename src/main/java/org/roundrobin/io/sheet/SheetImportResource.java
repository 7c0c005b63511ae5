package org.roundrobin.io.sheet;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.roundrobin.authority.ImportConfig;
import org.roundrobin.http.ProblemException;

/** A campaign already under way, from the campaigner's spreadsheet (CSV). */
@Path("/api/campaigns")
public class SheetImportResource {

    @Inject
    SheetImport sheets;
    @Inject
    ImportConfig limits;

    /**
     * Creates the campaign and every request's timeline from one row per authority; with {@code dryRun=true}
     * nothing is kept and the answer is the plan. Every unmatched or ambiguous authority is reported (problem
     * member {@code unresolved}, with candidates) and nothing is imported until all rows resolve.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    public Response importSheet(byte[] body, @QueryParam("title") String title, @QueryParam("slug") String slug,
                                @QueryParam("requestText") String requestText, @QueryParam("requesterName") String requesterName,
                                @QueryParam("requesterEmail") String requesterEmail, @QueryParam("sentOn") String sentOn,
                                @QueryParam("question") List<String> questions, @QueryParam("dryRun") boolean dryRun) {
        if (body == null || body.length == 0) throw ProblemException.invalid("body", "is empty; send the spreadsheet as CSV with a header row");
        long max = limits.maxBytes().asLongValue();
        if (body.length > max) {
            throw ProblemException.tooLarge("The CSV is " + body.length / 1024 + " KiB; the import accepts at most " + max / 1024
                    + " KiB (setting roundrobin.import.max-bytes)");
        }
        SheetImport.Params params = new SheetImport.Params(title, slug, requestText, requesterName, requesterEmail, date(sentOn), questions);
        SheetImport.Plan plan = sheets.run(body, params, dryRun);
        return dryRun ? Response.ok(plan).build()
                : Response.created(URI.create("/api/campaigns/" + plan.campaign())).entity(plan).build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return SheetRows.date(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sentOn", e.getMessage());
        }
    }
}
