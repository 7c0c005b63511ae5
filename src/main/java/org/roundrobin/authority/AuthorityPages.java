package org.roundrobin.authority;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.web.Form;

/** The directory: search and tags, an authority's record across campaigns, and importing a CSV with progress. */
@Path("/authorities")
@Produces(MediaType.TEXT_HTML)
public class AuthorityPages {

    @Inject
    ImportJob importJob;
    @Inject
    ImportConfig importConfig;
    @Inject
    org.roundrobin.security.Access access;

    /** One campaign's request to this authority, from the projection (no timeline replay). */
    @TemplateData
    public record CampaignRow(String campaignSlug, String campaign, long requestId, String state, String outcome,
                              java.time.LocalDate sentOn, java.time.LocalDate respondedOn, Integer workingDays, String sections) {
    }

    @TemplateData
    public record Cited(String section, long count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Authority> authorities, Listing listing, List<String> tags,
                                            List<Jurisdiction> jurisdictions, String q, String tag, String jurisdiction);

        static native TemplateInstance authority(Authority authority, List<CampaignRow> campaigns, List<Cited> cited);

        static native TemplateInstance importForm(Form form, Job job);
    }

    /** Authorities listed per page: a directory of 50,000 schools is not one page. */
    static final int PAGE = 100;

    /** Where the list is: page {@code page} (from 1) of {@code pages}, rows {@code first}–{@code last} of {@code total}. */
    @io.quarkus.qute.TemplateData
    public record Listing(int page, int pages, long total, int first, int last, String previous, String next) {
    }

    @GET
    @Transactional
    @Authenticated
    public String list(@QueryParam("q") String q, @QueryParam("tag") String tag, @QueryParam("jurisdiction") String jurisdiction,
                       @QueryParam("page") @jakarta.ws.rs.DefaultValue("1") int page) {
        Jurisdiction j = jurisdiction == null || jurisdiction.isBlank() ? null : Jurisdiction.parse(jurisdiction)
                .orElseThrow(() -> ProblemException.invalid("jurisdiction", "'" + jurisdiction + "' is not a known jurisdiction"));
        List<String> tags = Authority.allTags();
        int p = Math.max(1, page);
        Authority.Found found = Authority.searchPage(tag, j, q, (p - 1) * PAGE, PAGE);
        int pages = (int) Math.max(1, (found.total() + PAGE - 1) / PAGE);
        if (p > pages) found = Authority.searchPage(tag, j, q, ((p = pages) - 1) * PAGE, PAGE); // past the end: the last page
        String query = "/authorities?" + (q == null || q.isBlank() ? "" : "q=" + enc(q) + "&") + (tag == null || tag.isBlank() ? ""
                : "tag=" + enc(tag) + "&") + (j == null ? "" : "jurisdiction=" + j.name() + "&") + "page=";
        int first = (p - 1) * PAGE;
        Listing listing = new Listing(p, pages, found.total(), found.authorities().isEmpty() ? 0 : first + 1,
                first + found.authorities().size(), p > 1 ? query + (p - 1) : null, p < pages ? query + (p + 1) : null);
        return Templates.list(found.authorities(), listing, tags, List.of(Jurisdiction.values()), q == null ? "" : q,
                tag == null ? "" : tag, j == null ? "" : j.name()).render();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GET
    @Path("import")
    @Transactional
    @RolesAllowed("admin")
    public String importForm() {
        return Templates.importForm(Form.empty(), Job.<Job>find("kind = ?1 order by startedAt desc, id desc", ImportJob.KIND)
                .firstResultOptional().orElse(null)).render();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("admin")
    public Response importCsv(@RestForm("file") FileUpload file, @RestForm String jurisdiction) throws IOException {
        Form form = Form.empty().put("jurisdiction", jurisdiction);
        try {
            if (file == null || file.size() == 0) throw ProblemException.invalid("file", "choose a CSV file to import");
            if (file.size() > importConfig.maxBytes().asLongValue()) {
                throw ProblemException.invalid("file", "is larger than the import accepts (setting roundrobin.import.max-bytes)");
            }
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            if (!org.roundrobin.security.Uploads.isText(bytes)) throw ProblemException.invalid("file", "is not a CSV file: it must be text in UTF-8");
            Job job = importJob.start(file.fileName(), bytes,
                    jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction);
            return Response.seeOther(URI.create("/jobs/" + job.id)).build();
        } catch (ProblemException p) {
            form.add(p, f -> f.equals("file") || f.equals("jurisdiction") ? f : null);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.importForm(form, null).render()).build();
        }
    }

    @GET
    @Path("{slug}")
    @Transactional
    @Authenticated
    public String authority(@PathParam("slug") String slug) {
        Authority a = Authority.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Authority '" + slug + "'"));
        var em = Panache.getEntityManager();
        List<CampaignRow> rows = em.createQuery("""
                select c.slug, c.title, r.id, r.state, r.outcome, r.sentOn, r.respondedOn, r.workingDaysTaken
                from FoiRequest r join r.campaign c where r.authority = :a order by c.createdAt desc""", Object[].class)
                .setParameter("a", a).getResultList().stream()
                .map(x -> new CampaignRow((String) x[0], (String) x[1], (Long) x[2], org.roundrobin.web.Labels.text("status." + x[3]),
                        x[4] == null ? "—" : org.roundrobin.web.Labels.text("outcome." + x[4]), (java.time.LocalDate) x[5],
                        (java.time.LocalDate) x[6], (Integer) x[7], null)).toList();
        java.util.Set<Long> visible = access.visibleCampaignIds();
        if (visible != null) {
            java.util.Set<String> slugs = new java.util.HashSet<>(em.createQuery("select c.slug from Campaign c where c.id in :ids", String.class)
                    .setParameter("ids", visible.isEmpty() ? java.util.Set.of(-1L) : visible).getResultList());
            rows = rows.stream().filter(r -> slugs.contains(r.campaignSlug())).toList();
        }
        List<Cited> cited = em.createQuery("""
                select s, count(r) from FoiRequest r join r.sections s where r.authority = :a
                and (:all = true or r.campaign.id in :ids) group by s order by count(r) desc, s""",
                        Object[].class).setParameter("a", a).setParameter("all", visible == null)
                .setParameter("ids", visible == null || visible.isEmpty() ? java.util.Set.of(-1L) : visible).getResultList().stream()
                .map(x -> new Cited((String) x[0], (Long) x[1])).toList();
        return Templates.authority(a, rows, cited).render();
    }
}
