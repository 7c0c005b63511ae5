package org.roundrobin.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.casework.RegulatorCase;
import org.roundrobin.job.Job;
import org.roundrobin.mail.Letter;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.LaunchJob;

/**
 * Enforces {@link CampaignAccess}: finds the campaign from the path and requires the role, before the body is read
 * and before the CSRF filter (so a refused call is a 401/403/404, never a 400 about its body). An unknown campaign,
 * request, case or letter passes through to the endpoint, which answers 404 as it would for anyone.
 */
public class AccessFilter {

    @Inject
    Access access;

    private final Map<Method, Optional<CampaignAccess>> rules = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void check(ResourceInfo resource, UriInfo uri) {
        Method m = resource.getResourceMethod();
        if (m == null) return;
        CampaignAccess rule = rules.computeIfAbsent(m, x -> Optional.ofNullable(x.getAnnotation(CampaignAccess.class))
                .or(() -> Optional.ofNullable(resource.getResourceClass().getAnnotation(CampaignAccess.class)))).orElse(null);
        if (rule == null) return;
        if (access.current() == null) throw new UnauthorizedException();
        if (rule.from() == CampaignAccess.From.BODY || access.isAdmin()) return; // admins are owners everywhere: no lookup
        String value = uri.getPathParameters().getFirst(rule.from().parameter);
        if (rule.from() == CampaignAccess.From.SLUG && value != null) {
            // The usual case (a campaign's pages): one statement, no transaction, no campaign loaded
            List<Object[]> rows = Campaign.getEntityManager().createQuery("select c.slug, (select m.role from CampaignMember m "
                    + "where m.campaign = c and m.user.id = :user) from Campaign c where c.slug = :slug", Object[].class)
                    .setParameter("user", access.userId()).setParameter("slug", value).getResultList();
            if (!rows.isEmpty()) access.require(value, Optional.ofNullable((Role) rows.get(0)[1]), rule.value());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Campaign c = campaign(rule.from(), value);
            if (c != null) access.require(c, rule.value());
        });
    }

    private Campaign campaign(CampaignAccess.From from, String value) {
        if (value == null) return null;
        return switch (from) {
            case SLUG -> Campaign.findBySlug(value).orElse(null);
            case REQUEST -> id(value).map(id -> FoiRequest.<FoiRequest>findById(id)).map(r -> r.campaign).orElse(null);
            case CASE -> RegulatorCase.<RegulatorCase>find("reference", value).firstResultOptional().map(k -> k.request.campaign).orElse(null);
            case LETTER -> id(value).map(id -> Letter.<Letter>findById(id)).map(l -> l.request.campaign).orElse(null);
            case JOB -> id(value).map(id -> Job.<Job>findById(id)).map(this::jobCampaign).orElse(null);
            case BODY -> null;
        };
    }

    private Campaign jobCampaign(Job j) {
        if (LaunchJob.KIND.equals(j.kind)) return Campaign.findBySlug(j.subject).orElse(null);
        access.requireAdmin(); // directory imports
        return null;
    }

    private static Optional<Long> id(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
