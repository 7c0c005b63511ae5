package org.roundrobin.authority;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.law.Jurisdiction;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;

/** Checks an {@link AuthorityInput} and produces the values to store: one rule book for the API and CSV import. */
final class AuthorityRules {

    static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}_:.\\-]{1,64}$");
    private static final Pattern WDTK = Pattern.compile("^[a-z0-9_\\-]{1,200}$");

    /** The checked values, ready to copy onto an entity. */
    record Checked(String slug, String name, String shortName, Jurisdiction jurisdiction, Law law, Regulator regulator,
                   String foiEmail, Boolean emailConfirmed, String website, String wdtkUrlName, Set<String> tags, String notes) {
    }

    private AuthorityRules() {
    }

    /** Validates; on success returns the checked values, else adds to {@code errors} (tagged with {@code row}) and returns null. */
    static Checked check(AuthorityInput in, Integer row, List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        String name = trim(in.name());
        if (name == null) {
            found.add(new FieldError("name", row, "is required"));
        } else if (name.length() > 300) {
            found.add(new FieldError("name", row, "is longer than 300 characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            found.add(new FieldError("name", row, "must be on one line (it contains a line break or control character)"));
        }
        String slug = trim(in.slug());
        if (slug == null && name != null) {
            slug = Slugs.of(trim(in.shortName()) != null ? in.shortName() : name);
        }
        if (slug != null && !Slugs.isValid(slug)) {
            found.add(new FieldError("slug", row, "'" + slug + "' is not a valid slug: use lower-case letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters"));
        }
        Jurisdiction jurisdiction = null;
        if (trim(in.jurisdiction()) == null) {
            found.add(new FieldError("jurisdiction", row, "is required (one of " + jurisdictions() + ")"));
        } else {
            jurisdiction = Jurisdiction.parse(in.jurisdiction()).orElse(null);
            if (jurisdiction == null) {
                found.add(new FieldError("jurisdiction", row, "'" + in.jurisdiction().trim() + "' is not a known jurisdiction (one of " + jurisdictions() + ")"));
            }
        }
        Law law = jurisdiction == null ? null : jurisdiction.law();
        if (trim(in.law()) != null) {
            Law given = Law.parse(in.law()).orElse(null);
            if (given == null) {
                found.add(new FieldError("law", row, "'" + in.law().trim() + "' is not a known law (FOIA or FOISA)"));
            } else if (law != null && given != law) {
                found.add(new FieldError("law", row, given + " does not apply in " + jurisdiction.label() + " (" + law + " does)"));
            } else {
                law = given;
            }
        }
        Regulator regulator = law == null ? null : law.regulator();
        if (trim(in.regulator()) != null) {
            Regulator given = Regulator.parse(in.regulator()).orElse(null);
            if (given == null) {
                found.add(new FieldError("regulator", row, "'" + in.regulator().trim() + "' is not a known regulator (ICO or SIC)"));
            } else if (regulator != null && given != regulator) {
                found.add(new FieldError("regulator", row, given.label() + " does not regulate " + law + " (" + regulator.label() + " does)"));
            }
        }
        String email = trim(in.foiEmail());
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            found.add(new FieldError("foiEmail", row, "'" + email + "' is not a valid email address"));
        }
        String website = trim(in.website());
        if (website != null && !website.matches("(?i)^https?://[^\\s/$.?#][^\\s]*$")) {
            found.add(new FieldError("website", row, "'" + website + "' is not a web address starting with http:// or https://"));
        }
        String wdtk = trim(in.whatDoTheyKnow());
        if (wdtk != null && !WDTK.matcher(wdtk).matches()) {
            found.add(new FieldError("whatDoTheyKnow", row, "'" + wdtk + "' is not a WhatDoTheyKnow URL name (lower-case letters, digits, _ and -)"));
        }
        Set<String> tags = new LinkedHashSet<>();
        if (in.tags() != null) {
            for (String t : in.tags()) {
                String tag = trim(t);
                if (tag == null) continue;
                tag = tag.toLowerCase(Locale.ROOT);
                if (!TAG.matcher(tag).matches()) {
                    found.add(new FieldError("tags", row, "'" + tag + "' is not a valid tag (letters, digits, _ : . -, at most 64)"));
                } else {
                    tags.add(tag);
                }
            }
        }
        String notes = trim(in.notes());
        if (notes != null && notes.length() > 4000) {
            found.add(new FieldError("notes", row, "is longer than 4000 characters"));
        }
        String shortName = trim(in.shortName());
        if (shortName != null && shortName.length() > 120) {
            found.add(new FieldError("shortName", row, "is longer than 120 characters"));
        }
        if (!found.isEmpty()) {
            errors.addAll(found);
            return null;
        }
        return new Checked(slug, name, shortName, jurisdiction, law, regulator, email,
                email == null ? Boolean.FALSE : in.emailConfirmed(), website, wdtk, tags, notes);
    }

    /** Copies checked values onto an entity; returns whether anything changed (so a re-import changes nothing). */
    static boolean apply(Checked c, Authority a) {
        boolean emailChanged = !eq(a.foiEmail, c.foiEmail());
        // Not saying whether the address is confirmed keeps a person's confirmation, unless the address itself changed.
        boolean confirmed = c.emailConfirmed() != null ? c.emailConfirmed() : !emailChanged && a.emailConfirmed;
        boolean changed = !eq(a.slug, c.slug()) || !eq(a.name, c.name()) || !eq(a.shortName, c.shortName())
                || a.jurisdiction != c.jurisdiction() || a.law != c.law() || a.regulator != c.regulator() || emailChanged
                || a.emailConfirmed != confirmed || !eq(a.website, c.website()) || !eq(a.wdtkUrlName, c.wdtkUrlName())
                || !a.tags.equals(new java.util.TreeSet<>(c.tags())) || !eq(a.notes, c.notes());
        if (!changed) {
            return false;
        }
        a.slug = c.slug();
        a.name = c.name();
        a.shortName = c.shortName();
        a.jurisdiction = c.jurisdiction();
        a.law = c.law();
        a.regulator = c.regulator();
        a.foiEmail = c.foiEmail();
        a.emailConfirmed = confirmed;
        a.website = c.website();
        a.wdtkUrlName = c.wdtkUrlName();
        a.tags.clear();
        a.tags.addAll(c.tags());
        a.notes = c.notes();
        return true;
    }

    static String trim(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String jurisdictions() {
        return String.join(", ", java.util.Arrays.stream(Jurisdiction.values()).map(Enum::name).toList());
    }
}
