package org.roundrobin.io.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * For administrators: a backup of the database now. Accounts and roles come in a later issue; until then this
 * endpoint is as open as the rest of the API, so run Round Robin where only you can reach it.
 */
@Path("/api/admin/backup")
public class BackupResource {

    @Inject
    Backups backups;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response backup() {
        return Response.status(Response.Status.CREATED).entity(backups.backup()).build();
    }
}
