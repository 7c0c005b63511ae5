package org.roundrobin.campaign;

import io.quarkus.security.Authenticated;
import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.authority.Authority;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.web.Form;

/** Creating and editing a campaign as a form: validated on the server, re-rendered with every message and value. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    @Inject
    Campaigns campaigns;
    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, Campaign campaign, List<String> tags, List<Jurisdiction> jurisdictions);
    }

    @GET
    @Path("new")
    @Transactional
    @Authenticated
    public String create() {
        return page(Form.empty(), null).render();
    }

    @POST
    @Authenticated
    public Response create(@RestForm String title, @RestForm String slug, @RestForm String description, @RestForm String requestText,
                           @RestForm String questions, @RestForm String requesterName, @RestForm String requesterEmail,
                           @RestForm String targetTag, @RestForm String targetJurisdiction, @RestForm String targetAuthorities,
                           @RestForm String relatedTo) {
        CampaignForm in = new CampaignForm(title, slug, description, requestText, questions, requesterName, requesterEmail,
                targetTag, targetJurisdiction, targetAuthorities, relatedTo, null);
        return save(in, null);
    }

    @GET
    @Path("{slug}/edit")
    @Transactional
    @CampaignAccess(Role.OWNER)
    public String edit(@PathParam("slug") String slug) {
        Campaign c = Campaigns.find(slug);
        return page(CampaignForm.of(c).toForm(), c).render();
    }

    @POST
    @Path("{slug}/edit")
    @CampaignAccess(Role.OWNER)
    public Response edit(@PathParam("slug") String current, @RestForm String title, @RestForm String slug, @RestForm String description,
                         @RestForm String requestText, @RestForm String questions, @RestForm String requesterName,
                         @RestForm String requesterEmail, @RestForm String targetTag, @RestForm String targetJurisdiction,
                         @RestForm String targetAuthorities, @RestForm String relatedTo, @RestForm Integer version) {
        CampaignForm in = new CampaignForm(title, slug, description, requestText, questions, requesterName, requesterEmail,
                targetTag, targetJurisdiction, targetAuthorities, relatedTo, version);
        return save(in, current);
    }

    /** Validates, then creates or updates in one transaction; on any problem re-renders the form with what was typed. */
    private Response save(CampaignForm in, String current) {
        Form form = in.toForm();
        CampaignInput input = in.toInput();
        Set<ConstraintViolation<CampaignInput>> violations = validator.validate(input);
        if (violations.isEmpty()) {
            try {
                String slug = QuarkusTransaction.requiringNew().call(() ->
                        (current == null ? campaigns.create(input) : campaigns.update(current, input)).slug);
                return Response.seeOther(URI.create("/campaigns/" + slug)).build();
            } catch (ProblemException p) {
                if (p.status == 404) throw p;
                form.add(p, CampaignForm::field);
            }
        } else {
            violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> form.error(CampaignForm.field(Form.path(v)), CampaignForm.message(Form.path(v), v.getMessage())));
        }
        String html = QuarkusTransaction.requiringNew().call(() ->
                page(form, current == null ? null : Campaigns.find(current)).render());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private TemplateInstance page(Form form, Campaign c) {
        List<String> tags = Authority.allTags();
        return Templates.form(form, c, tags, List.of(Jurisdiction.values()));
    }
}
