package org.roundrobin.mail;
import org.roundrobin.template.EditableTemplates;
import org.roundrobin.template.AppTemplates;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.roundrobin.http.ProblemException;

/** Which template files are in use, and re-reading them after an edit (a faulty edit is refused, naming file and line). */
@Path("/api/letter-templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    AppTemplates templates;

    @GET
    @Authenticated
    public List<EditableTemplates.Source> list() {
        return templates.get().sources();
    }

    @POST
    @Path("reload")
    @RolesAllowed("admin")
    public List<EditableTemplates.Source> reload() {
        try {
            return templates.get().reload();
        } catch (EditableTemplates.Invalid e) {
            throw ProblemException.invalid(e.file, e.getMessage()).with("file", e.file).with("line", e.line)
                    .with("parameter", e.parameter);
        }
    }
}
