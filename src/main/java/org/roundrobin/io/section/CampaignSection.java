package org.roundrobin.io.section;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Question;
import org.roundrobin.io.Checks;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.law.Jurisdiction;

/** Campaigns: the request text, numbered questions, targets, launch facts and the link to a related campaign. */
@ApplicationScoped
public class CampaignSection implements DataSection<CampaignSection.Item> {

    public static final String NAME = "campaigns";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String slug, String title, String description, String requestText, Requester requester,
                       Campaign.State state, List<QuestionItem> questions, Targets targets, LocalDate sentOn,
                       Instant launchedAt, Integer launchedCount, String related, Instant createdAt, Instant updatedAt) {

        static Item of(Campaign c) {
            return new Item(c.slug, c.title, c.description, c.requestText, new Requester(c.requesterName, c.requesterEmail),
                    c.state, c.questions.stream().map(q -> new QuestionItem(q.number, q.label, q.text)).toList(),
                    new Targets(c.targetTag, c.targetJurisdiction, c.targetAuthorities.isEmpty() ? null
                            : List.copyOf(new TreeSet<>(c.targetAuthorities.stream().map(a -> a.slug).toList()))),
                    c.sentOn, c.launchedAt, c.launchedCount, c.related == null ? null : c.related.slug, c.createdAt, c.updatedAt);
        }

        Item content() {
            return new Item(slug, title, description, requestText, requester, state, questions, targets == null ? new Targets(null, null, null)
                    : new Targets(targets.tag(), targets.jurisdiction(), targets.authorities() == null || targets.authorities().isEmpty()
                    ? null : List.copyOf(new TreeSet<>(targets.authorities()))), sentOn, launchedAt, launchedCount, related, null, null);
        }
    }

    public record Requester(String name, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionItem(Integer number, String label, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Targets(String tag, Jurisdiction jurisdiction, List<String> authorities) {
    }

    /** The question numbers answers may refer to. */
    public record Facts(Set<Integer> questions) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        // Few campaigns: entities with their questions and targets batch-fetched (fetch.batch-size).
        var q = Panache.getEntityManager().createQuery("select c from Campaign c" + (scope.isAll() ? "" : " where c.slug = :campaign")
                + " order by c.slug", Campaign.class);
        if (!scope.isAll()) q.setParameter("campaign", scope.campaign());
        q.getResultList().forEach(c -> out.accept(Item.of(c)));
    }

    @Override
    public boolean isEmpty() {
        return Campaign.count() == 0;
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Map<String, Set<Integer>> used = new HashMap<>();
        if (restore.merge) {
            Map<String, Set<Integer>> stored = new HashMap<>();
            for (Object[] row : Panache.getEntityManager().createQuery("select c.slug, q.number from Campaign c join c.questions q",
                    Object[].class).getResultList()) {
                stored.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((Integer) row[1]);
            }
            stored.forEach((slug, qs) -> restore.declare(Facts.class, slug, new Facts(qs)));
            for (Object[] row : Panache.getEntityManager().createQuery("""
                    select distinct c.slug, ans.question from RequestEvent e join e.answers ans join e.request r join r.campaign c""",
                    Object[].class).getResultList()) {
                used.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((Integer) row[1]);
            }
        }
        Set<String> slugs = new HashSet<>();
        items.stream().filter(i -> i != null && i.slug() != null).forEach(i -> slugs.add(i.slug()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item c = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (c == null) {
                k.fail(null, "is empty");
                continue;
            }
            boolean slug = k.slug(c.slug(), "slug");
            if (slug && !seen.add(c.slug())) k.fail("slug", "'" + c.slug() + "' appears twice in the document");
            if (k.required(c.title(), "title")) k.max(c.title(), 300, "title");
            k.max(c.description(), 4000, "description");
            if (k.required(c.requestText(), "requestText")) k.max(c.requestText(), 20000, "requestText");
            if (k.required(c.requester(), "requester")) {
                if (k.required(c.requester().name(), "requester.name")) {
                    k.max(c.requester().name(), 200, "requester.name");
                    k.oneLine(c.requester().name(), "requester.name");
                }
                if (k.required(c.requester().email(), "requester.email")) k.max(c.requester().email(), 320, "requester.email");
            }
            k.required(c.state(), "state");
            Set<Integer> numbers = new HashSet<>();
            if (c.questions() == null || c.questions().isEmpty()) {
                k.fail("questions", "must list at least one numbered question");
            } else {
                for (int j = 0; j < c.questions().size(); j++) {
                    QuestionItem q = c.questions().get(j);
                    String at = "questions[" + j + "]";
                    if (q == null || q.number() == null || q.number() < 1) {
                        k.fail(at + ".number", "must be 1 or more");
                        continue;
                    }
                    if (!numbers.add(q.number())) k.fail(at + ".number", "question " + q.number() + " appears twice");
                    if (k.required(q.label(), at + ".label")) k.max(q.label(), 120, at + ".label");
                    k.max(q.text(), 4000, at + ".text");
                }
            }
            if (c.targets() != null) {
                k.max(c.targets().tag(), 64, "targets.tag");
                if (c.targets().authorities() != null) {
                    for (String a : c.targets().authorities()) {
                        if (restore.declared(AuthoritySection.Facts.class, String.valueOf(a)).isEmpty()) {
                            k.fail("targets.authorities", "authority '" + a + "' is neither in the document nor in this database");
                        }
                    }
                }
            }
            if (c.related() != null) {
                if (c.related().equals(c.slug())) {
                    k.fail("related", "a campaign cannot be related to itself");
                } else if (!slugs.contains(c.related()) && restore.declared(Facts.class, c.related()).isEmpty()) {
                    k.fail("related", "campaign '" + c.related() + "' is neither in the document nor in this database");
                }
            }
            Set<Integer> missing = new TreeSet<>(used.getOrDefault(c.slug(), Set.of()));
            missing.removeAll(numbers);
            if (!missing.isEmpty()) k.fail("questions", "responses stored here answer question(s) " + missing + ", which this campaign would lose");
            if (slug) restore.declare(Facts.class, c.slug(), new Facts(numbers));
        }
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        var em = Panache.getEntityManager();
        Map<String, Campaign> existing = new HashMap<>();
        if (restore.merge) {
            Campaign.<Campaign>listAll().forEach(c -> existing.put(c.slug, c));
            existing.forEach((slug, c) -> restore.remember(Campaign.class, slug, c));
        }
        int added = 0, updated = 0, unchanged = 0;
        List<Campaign> fresh = new ArrayList<>();
        for (Item item : items) {
            Item want = item.content();
            Campaign c = existing.get(item.slug());
            if (c == null) {
                c = new Campaign();
                apply(want, c, restore);
                c.createdAt = item.createdAt();
                c.updatedAt = item.updatedAt();
                c.persist();
                fresh.add(c);
                added++;
            } else if (Item.of(c).content().equals(want)) {
                unchanged++;
            } else {
                apply(want, c, restore);
                updated++;
            }
            restore.remember(Campaign.class, item.slug(), c);
        }
        // Links last (they may point forwards, even in a cycle), as bulk updates: a new campaign keeps its timestamps and version.
        for (Item item : items) {
            Campaign c = restore.entity(Campaign.class, item.slug());
            Campaign related = item.related() == null ? null : restore.entity(Campaign.class, item.related());
            if (!fresh.contains(c)) {
                if (c.related != related) c.related = related;
            } else if (related != null) {
                em.createQuery("update Campaign c set c.related = :r where c.id = :id")
                        .setParameter("r", related).setParameter("id", c.id).executeUpdate();
            }
        }
        return Counts.of(added, updated, unchanged);
    }

    private static void apply(Item i, Campaign c, Restore restore) {
        c.slug = i.slug();
        c.title = i.title();
        c.description = i.description();
        c.requestText = i.requestText();
        c.requesterName = i.requester().name();
        c.requesterEmail = i.requester().email();
        c.state = i.state();
        c.questions.clear();
        i.questions().stream().sorted(java.util.Comparator.comparing(QuestionItem::number))
                .forEach(q -> c.questions.add(new Question(q.number(), q.label(), q.text())));
        c.targetTag = i.targets().tag();
        c.targetJurisdiction = i.targets().jurisdiction();
        c.targetAuthorities.clear();
        if (i.targets().authorities() != null) {
            i.targets().authorities().forEach(slug -> c.targetAuthorities.add(restore.entity(Authority.class, slug)));
        }
        c.sentOn = i.sentOn();
        c.launchedAt = i.launchedAt();
        c.launchedCount = i.launchedCount();
    }
}
