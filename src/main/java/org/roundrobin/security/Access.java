package org.roundrobin.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.http.ProblemException;

/**
 * Who may do what: the signed-in user's role in a campaign (admins are owners everywhere), and the checks the
 * {@link CampaignAccess} filter and code that finds its campaign in a body use. A campaign the user has no role in is
 * answered as if it did not exist (404), so its name is not confirmed; a role too low is a 403.
 */
@ApplicationScoped
public class Access {

    @Inject
    Instance<SecurityIdentity> identity;

    SecurityIdentity current() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) return null;
        SecurityIdentity id = identity.get();
        return id == null || id.isAnonymous() ? null : id;
    }

    /** The signed-in user's account id; null when nobody is signed in (a job, start-up). */
    public Long userId() {
        SecurityIdentity id = current();
        return id == null ? null : id.getAttribute(Identities.USER_ID);
    }

    public boolean isAdmin() {
        SecurityIdentity id = current();
        return id != null && id.hasRole("admin");
    }

    public Optional<Role> role(Campaign c) {
        if (isAdmin()) return Optional.of(Role.OWNER);
        Long user = userId();
        if (user == null || c == null) return Optional.empty();
        return CampaignMember.of(c, user).map(m -> m.role);
    }

    public boolean can(Campaign c, Role needed) {
        return role(c).map(r -> r.includes(needed)).orElse(false);
    }

    /** Whether the campaign may be named to this caller: a signed-in user with a role in it, or the system itself (no user). */
    public boolean mayRead(Campaign c) {
        return current() == null || can(c, Role.VIEWER);
    }

    public void require(Campaign c, Role needed) {
        require(c.slug, role(c), needed);
    }

    /** As {@link #require(Campaign, Role)}, for a campaign whose member role (if any) the caller has read itself. */
    void require(String slug, Optional<Role> member, Role needed) {
        if (current() == null) throw new UnauthorizedException();
        Optional<Role> role = isAdmin() ? Optional.of(Role.OWNER) : member;
        if (role.isEmpty()) throw ProblemException.notFound("Campaign '" + slug + "'");
        if (!role.get().includes(needed)) {
            throw new ProblemException(403, "Forbidden", "This needs the " + label(needed) + " role in campaign '" + slug
                    + "'; you are " + article(role.get()) + " " + label(role.get()), List.of());
        }
    }

    public void requireAdmin() {
        if (current() == null) throw new UnauthorizedException();
        if (!isAdmin()) throw new ProblemException(403, "Forbidden", "Only an administrator may do this", List.of());
    }

    /** The ids of the campaigns the user may see; null means all of them (an admin, or no user: a job). */
    public Set<Long> visibleCampaignIds() {
        if (current() == null || isAdmin()) return null;
        return new HashSet<>(Campaign.getEntityManager()
                .createQuery("select m.campaign.id from CampaignMember m where m.user.id = :u", Long.class)
                .setParameter("u", userId()).getResultList());
    }

    /** Keeps the items whose campaign the user may see. */
    public <T> List<T> visible(List<T> items, Function<T, Campaign> campaign) {
        Set<Long> ids = visibleCampaignIds();
        if (ids == null) return items;
        return items.stream().filter(x -> ids.contains(campaign.apply(x).id)).toList();
    }

    static String label(Role r) {
        return r.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String article(Role r) {
        return r == Role.OWNER ? "an" : "a";
    }
}
