package org.roundrobin.job;

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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jobs(List<Job> jobs);

        static native TemplateInstance job(Job job);

        static native TemplateInstance job$bar(Job job);
    }

    @GET
    @Transactional
    public String jobs() {
        return Templates.jobs(Job.recent(50)).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    public String job(@PathParam("id") long id) {
        return Templates.job(find(id)).render();
    }

    @GET
    @Path("{id}/bar")
    @Transactional
    public String bar(@PathParam("id") long id) {
        return Templates.job$bar(find(id)).render();
    }

    static Job find(long id) {
        Job j = Job.findById(id);
        if (j == null) throw ProblemException.notFound("Job " + id);
        return j;
    }
}
