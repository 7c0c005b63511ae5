package org.roundrobin.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;

/** Changes to the directory: one transaction each, validated in full before anything is written. */
@ApplicationScoped
public class Directory {

    @Inject
    Instance<AuthorityReferences> references;

    public record ImportResult(String layout, int rows, int created, int updated, int unchanged, List<String> ignoredColumns) {
    }

    @Transactional
    public Authority create(AuthorityInput input) {
        List<FieldError> errors = new ArrayList<>();
        AuthorityRules.Checked c = AuthorityRules.check(input, null, errors);
        if (c == null) throw ProblemException.invalid(errors);
        Authority.findBySlug(c.slug()).ifPresent(other -> {
            throw ProblemException.conflict("The slug '" + c.slug() + "' is already used by " + other.name + "; choose another slug")
                    .with("field", "slug");
        });
        Authority a = new Authority();
        AuthorityRules.apply(c, a);
        a.persist();
        return a;
    }

    @Transactional
    public Authority update(String slug, AuthorityInput input) {
        Authority a = Authority.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Authority '" + slug + "'"));
        if (input.version() != null && input.version() != a.version) {
            throw new ProblemException(409, "Edited by someone else", "Authority '" + slug + "' is at version " + a.version
                    + " but your change was based on version " + input.version() + "; reload it and apply your change again", List.of());
        }
        String newSlug = input.slug() == null || input.slug().isBlank() ? slug : input.slug().strip();
        AuthorityInput withSlug = new AuthorityInput(newSlug, input.name(), input.shortName(), input.jurisdiction(), input.law(),
                input.regulator(), input.foiEmail(), input.emailConfirmed(), input.website(), input.whatDoTheyKnow(), input.tags(),
                input.notes(), input.version());
        List<FieldError> errors = new ArrayList<>();
        AuthorityRules.Checked c = AuthorityRules.check(withSlug, null, errors);
        if (c == null) throw ProblemException.invalid(errors);
        if (!newSlug.equals(slug) && Authority.findBySlug(newSlug).isPresent()) {
            throw ProblemException.conflict("The slug '" + newSlug + "' is already used by another authority").with("field", "slug");
        }
        AuthorityRules.apply(c, a);
        return a;
    }

    @Transactional
    public void delete(String slug) {
        Authority a = Authority.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Authority '" + slug + "'"));
        List<String> uses = new ArrayList<>();
        for (AuthorityReferences r : references) {
            long n = r.countUsing(a);
            if (n > 0) uses.add(n + " " + r.what());
        }
        if (!uses.isEmpty()) {
            throw ProblemException.conflict(a.name + " cannot be deleted: it has " + String.join(" and ", uses)
                    + ". Those records would lose their authority.");
        }
        a.delete();
    }

    /**
     * Imports every row or none: all rows are checked first, then each is created or updated by slug
     * (WhatDoTheyKnow rows match on their URL name first). A row identical to what is stored changes nothing.
     */
    @Transactional
    public ImportResult importCsv(byte[] body, String defaultJurisdiction) {
        AuthorityCsv.Parsed parsed = AuthorityCsv.parse(body, defaultJurisdiction);
        if (parsed.rows().isEmpty()) {
            throw ProblemException.invalid("body", "has a header but no rows to import");
        }
        Map<String, Authority> bySlug = new HashMap<>();
        Map<String, Authority> byWdtk = new HashMap<>();
        for (Authority a : Authority.<Authority>find("select distinct a from Authority a left join fetch a.tags").list()) {
            bySlug.put(a.slug, a);
            if (a.wdtkUrlName != null) byWdtk.put(a.wdtkUrlName, a);
        }
        boolean wdtk = parsed.layout() == AuthorityCsv.Layout.WHATDOTHEYKNOW;
        List<FieldError> errors = new ArrayList<>();
        List<AuthorityRules.Checked> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (AuthorityCsv.Row row : parsed.rows()) {
            AuthorityInput input = row.input();
            Authority known = wdtk && input.whatDoTheyKnow() != null ? byWdtk.get(input.whatDoTheyKnow()) : null;
            if (known != null) {
                // A body we already hold keeps its jurisdiction: WhatDoTheyKnow's export does not carry one.
                input = new AuthorityInput(known.slug, input.name(), input.shortName(), known.jurisdiction.name(), null, null,
                        input.foiEmail(), input.emailConfirmed(), input.website(), input.whatDoTheyKnow(), input.tags(), input.notes(), null);
            }
            AuthorityRules.Checked c = AuthorityRules.check(input, row.row(), errors);
            if (c == null) continue;
            Integer first = seen.putIfAbsent(c.slug(), row.row());
            if (first != null) {
                errors.add(new FieldError("slug", row.row(), "'" + c.slug() + "' is also used on row " + first + "; each row needs its own slug"));
            }
            checked.add(c);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        int created = 0, updated = 0, unchanged = 0;
        List<Authority> fresh = new ArrayList<>();
        for (AuthorityRules.Checked c : checked) {
            Authority a = wdtk && c.wdtkUrlName() != null && byWdtk.containsKey(c.wdtkUrlName())
                    ? byWdtk.get(c.wdtkUrlName()) : bySlug.get(c.slug());
            if (a == null) {
                a = new Authority();
                AuthorityRules.apply(c, a);
                fresh.add(a);
                created++;
            } else {
                AuthorityRules.Checked keepSlug = wdtk ? merge(c, a) : c;
                if (!keepSlug.slug().equals(a.slug) && bySlug.containsKey(keepSlug.slug())) {
                    throw ProblemException.conflict("The slug '" + keepSlug.slug() + "' is used by another authority");
                }
                if (AuthorityRules.apply(keepSlug, a)) updated++; else unchanged++;
            }
        }
        Authority.persist(fresh);
        return new ImportResult(parsed.layout().name(), parsed.rows().size(), created, updated, unchanged, parsed.ignoredColumns());
    }

    /**
     * WhatDoTheyKnow's export knows less than we do (no jurisdiction, no email): a matched row keeps our slug
     * (links and campaigns point at it), our jurisdiction, and every value the row leaves empty; tags are added.
     */
    private static AuthorityRules.Checked merge(AuthorityRules.Checked c, Authority a) {
        java.util.Set<String> tags = new java.util.TreeSet<>(a.tags);
        tags.addAll(c.tags());
        boolean sameEmail = c.foiEmail() == null || c.foiEmail().equals(a.foiEmail);
        return new AuthorityRules.Checked(a.slug, c.name(), or(c.shortName(), a.shortName), a.jurisdiction, a.law, a.regulator,
                or(c.foiEmail(), a.foiEmail), sameEmail ? Boolean.valueOf(a.emailConfirmed) : Boolean.FALSE,
                or(c.website(), a.website), c.wdtkUrlName(), tags, or(c.notes(), a.notes));
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
