package org.roundrobin.authority;

import java.time.Instant;
import java.util.List;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;

/** An authority as the API shows it. */
public record AuthorityView(String slug, String name, String shortName, Jurisdiction jurisdiction, Law law, Regulator regulator,
                            String foiEmail, boolean emailConfirmed, String website, String whatDoTheyKnow,
                            String whatDoTheyKnowUrl, List<String> tags, String notes, int version,
                            Instant createdAt, Instant updatedAt) {

    public static AuthorityView of(Authority a) {
        return new AuthorityView(a.slug, a.name, a.shortName, a.jurisdiction, a.law, a.regulator, a.foiEmail, a.emailConfirmed,
                a.website, a.wdtkUrlName, a.whatDoTheyKnowUrl(), List.copyOf(new java.util.TreeSet<>(a.tags)), a.notes, a.version,
                a.createdAt, a.updatedAt);
    }

    /** The short form other resources embed: enough to name and link the body. */
    public record Ref(String slug, String name, String shortName, Jurisdiction jurisdiction) {
        public static Ref of(Authority a) {
            return new Ref(a.slug, a.name, a.displayShortName(), a.jurisdiction);
        }
    }
}
