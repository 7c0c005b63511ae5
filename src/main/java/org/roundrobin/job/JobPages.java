package org.roundrobin.job;

import io.quarkus.security.Authenticated;
import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.roundrobin.http.ProblemException;

/** Background work and its progress: the list, one job's page, and the bar htmx polls while it runs. */
@Path("/jobs")
@Produces(MediaType.TEXT_HTML)
public class JobPages {

    @jakarta.inject.Inject
    org.roundrobin.security.Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<Job> jobs);

        static native TemplateInstance job(Job job);

        static native TemplateInstance job$bar(Job job);
    }

    @GET
    @Transactional
    @Authenticated
    public String jobs() {
        java.util.Set<Long> visible = access.visibleCampaignIds();
        List<Job> jobs = Job.recent(50);
        if (visible != null) {
            java.util.Set<String> slugs = new java.util.HashSet<>(org.roundrobin.campaign.Campaign.getEntityManager()
                    .createQuery("select c.slug from Campaign c where c.id in :ids", String.class)
                    .setParameter("ids", visible.isEmpty() ? java.util.Set.of(-1L) : visible).getResultList());
            jobs = jobs.stream().filter(j -> "launch".equals(j.kind) && slugs.contains(j.subject)).toList();
        }
        return Templates.jobs(jobs).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.JOB)
    public String job(@PathParam("id") long id) {
        return Templates.job(find(id)).render();
    }

    @GET
    @Path("{id}/bar")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.JOB)
    public String bar(@PathParam("id") long id) {
        return Templates.job$bar(find(id)).render();
    }

    static Job find(long id) {
        Job j = Job.findById(id);
        if (j == null) throw ProblemException.notFound("Job " + id);
        return j;
    }
}
