package org.roundrobin.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roundrobin.authority.Authority;
import org.roundrobin.authority.Slugs;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;
import org.roundrobin.law.Jurisdiction;

/** Creating and editing campaigns; launching lives in {@code request}, which creates the per-authority requests. */
@ApplicationScoped
public class Campaigns {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<CampaignCreated> created;
    @jakarta.inject.Inject
    org.roundrobin.security.Access access;

    @Transactional
    public Campaign create(CampaignInput in) {
        Campaign c = new Campaign();
        String slug = in.slug() != null && !in.slug().isBlank() ? in.slug() : Slugs.of(in.title());
        if (!Slugs.isValid(slug)) {
            throw ProblemException.invalid("slug", "cannot be made from the title; give a slug such as \"iot-2017\"");
        }
        Campaign.findBySlug(slug).ifPresent(other -> {
            throw ProblemException.conflict("The slug '" + slug + "' is already used by the campaign \"" + other.title
                    + "\"; choose another slug").with("field", "slug");
        });
        c.slug = slug;
        apply(in, c);
        c.persist();
        created.fire(new CampaignCreated(c));
        return c;
    }

    @Transactional
    public Campaign update(String slug, CampaignInput in) {
        Campaign c = find(slug);
        if (!c.isDraft()) {
            throw ProblemException.conflict("Campaign '" + slug + "' was launched on " + c.sentOn
                    + "; its request and targets can no longer change (record events on each request instead)");
        }
        if (in.version() != null && in.version() != c.version) {
            throw new ProblemException(409, "Edited by someone else", "Campaign '" + slug + "' is at version " + c.version
                    + " but your change was based on version " + in.version() + "; reload it and apply your change again", List.of());
        }
        if (in.slug() != null && !in.slug().equals(slug)) {
            if (Campaign.findBySlug(in.slug()).isPresent()) {
                throw ProblemException.conflict("The slug '" + in.slug() + "' is already used").with("field", "slug");
            }
            c.slug = in.slug();
        }
        apply(in, c);
        return c;
    }

    /**
     * Deletes a campaign that has no requests yet (a draft, or one whose launch created none). A launched campaign's
     * timelines are its audit log: they are never deleted through the API (409).
     */
    @Transactional
    public void delete(String slug) {
        Campaign c = find(slug);
        long requests = Campaign.getEntityManager().createQuery("select count(r) from FoiRequest r where r.campaign = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        if (requests > 0) {
            throw ProblemException.conflict("Campaign '" + slug + "' has " + requests + " requests with their timelines, which are "
                    + "the record of what happened; it cannot be deleted");
        }
        Campaign.update("related = null where related = ?1", c);
        Campaign.getEntityManager().createNativeQuery("delete from campaign_member where campaign_id = ?1").setParameter(1, c.id).executeUpdate();
        Campaign.getEntityManager().createNativeQuery("delete from share_link where campaign_id = ?1").setParameter(1, c.id).executeUpdate();
        Campaign.getEntityManager().createNativeQuery("delete from campaign_mail_settings where campaign_id = ?1").setParameter(1, c.id).executeUpdate();
        Campaign.getEntityManager().createNativeQuery("delete from digest_log where campaign_id = ?1").setParameter(1, c.id).executeUpdate();
        c.delete();
    }

    public static Campaign find(String slug) {
        return Campaign.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Campaign '" + slug + "'"));
    }

    /** Checks everything beyond single-field rules, then copies the input onto the campaign. */
    private void apply(CampaignInput in, Campaign c) {
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < in.questions().size(); i++) {
            CampaignInput.QuestionInput q = in.questions().get(i);
            if (!numbers.add(q.number())) {
                errors.add(FieldError.of("questions[" + i + "].number", "question " + q.number() + " appears twice"));
            }
        }
        Targeting t = targeting(in.targets(), errors);
        Campaign related = null;
        if (in.relatedTo() != null && !in.relatedTo().isBlank()) {
            related = Campaign.findBySlug(in.relatedTo()).filter(access::mayRead).orElse(null);
            if (related == null) {
                errors.add(FieldError.of("relatedTo", "no campaign has the slug '" + in.relatedTo() + "'"));
            } else if (related == c || related.slug.equals(c.slug)) {
                errors.add(FieldError.of("relatedTo", "a campaign cannot be related to itself"));
            }
        }
        if (!errors.isEmpty()) throw ProblemException.invalid(errors);

        c.title = in.title().strip();
        c.description = in.description();
        c.requestText = in.requestText();
        c.requesterName = in.requester().name().strip();
        c.requesterEmail = in.requester().email().strip();
        c.questions.clear();
        in.questions().stream().sorted(java.util.Comparator.comparing(CampaignInput.QuestionInput::number))
                .forEach(q -> c.questions.add(new Question(q.number(), q.label().strip(), q.text())));
        c.targetTag = t.tag;
        c.targetJurisdiction = t.jurisdiction;
        c.targetAuthorities.clear();
        c.targetAuthorities.addAll(t.authorities);
        c.related = related;
    }

    private record Targeting(String tag, Jurisdiction jurisdiction, Set<Authority> authorities) {
    }

    private static Targeting targeting(CampaignInput.Targets targets, List<FieldError> errors) {
        String tag = targets.tag() == null || targets.tag().isBlank() ? null : targets.tag().strip().toLowerCase(java.util.Locale.ROOT);
        Jurisdiction jurisdiction = null;
        if (targets.jurisdiction() != null && !targets.jurisdiction().isBlank()) {
            jurisdiction = Jurisdiction.parse(targets.jurisdiction()).orElse(null);
            if (jurisdiction == null) {
                errors.add(FieldError.of("targets.jurisdiction", "'" + targets.jurisdiction() + "' is not a known jurisdiction (one of "
                        + List.of(Jurisdiction.values()) + ")"));
                return new Targeting(null, null, Set.of());
            }
        }
        boolean list = targets.authorities() != null && !targets.authorities().isEmpty();
        if (list && (tag != null || jurisdiction != null)) {
            errors.add(FieldError.of("targets", "give either a list of authorities or a tag/jurisdiction, not both"));
            return new Targeting(null, null, Set.of());
        }
        if (list) {
            Set<Authority> found = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String slug : new LinkedHashSet<>(targets.authorities())) {
                Authority.findBySlug(slug == null ? "" : slug.strip()).ifPresentOrElse(found::add, () -> unknown.add(slug));
            }
            if (!unknown.isEmpty()) {
                errors.add(FieldError.of("targets.authorities", "unknown authorities: " + String.join(", ", unknown)));
            }
            return new Targeting(null, null, found);
        }
        if (tag == null && jurisdiction == null) {
            errors.add(FieldError.of("targets", "name a tag (e.g. \"police\"), a jurisdiction or a list of authorities"));
            return new Targeting(null, null, Set.of());
        }
        if (!Authority.anyTarget(tag, jurisdiction)) {
            errors.add(FieldError.of(tag != null ? "targets.tag" : "targets.jurisdiction", "no authority in the directory matches "
                    + (tag != null ? "the tag '" + tag + "'" : "") + (tag != null && jurisdiction != null ? " in " : "")
                    + (jurisdiction != null ? jurisdiction.label() : "")));
        }
        return new Targeting(tag, jurisdiction, Set.of());
    }
}
