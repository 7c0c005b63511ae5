package org.roundrobin.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections a law lets an authority cite, and reading citations as authorities write them.
 * Procedure sections (FOIA/FOISA s.16 advice, s.17 refusal notice) are not in it.
 */
public final class ExemptionCatalogue {

    /** Section order: number, then letter, so 21, 22, 22A, 23. */
    static final Comparator<String> SECTION_ORDER = Comparator
            .comparingInt((String s) -> Integer.parseInt(s.replaceAll("\\D", "")))
            .thenComparing(s -> s.replaceAll("\\d", ""));

    private static final Map<Law, ExemptionCatalogue> BY_LAW = new EnumMap<>(Law.class);

    static {
        BY_LAW.put(Law.FOIA, new ExemptionCatalogue(Law.FOIA, FoiaExemptions.ALL));
        BY_LAW.put(Law.FOISA, new ExemptionCatalogue(Law.FOISA, FoisaExemptions.ALL));
    }

    private final Law law;
    private final List<Exemption> all;
    private final Map<String, Exemption> bySection = new LinkedHashMap<>();

    private ExemptionCatalogue(Law law, List<Exemption> exemptions) {
        this.law = law;
        List<Exemption> sorted = new ArrayList<>(exemptions);
        sorted.sort(Comparator.comparing(Exemption::section, SECTION_ORDER));
        for (Exemption e : sorted) {
            if (e.law() != law) {
                throw new IllegalStateException("s." + e.section() + " is listed under " + law + " but is " + e.law());
            }
            if (bySection.put(e.section(), e) != null) {
                throw new IllegalStateException("s." + e.section() + " is listed twice for " + law);
            }
        }
        this.all = List.copyOf(sorted);
    }

    public static ExemptionCatalogue of(Law law) {
        return BY_LAW.get(law);
    }

    public Law law() {
        return law;
    }

    /** Every section, in section order. */
    public List<Exemption> all() {
        return all;
    }

    /** A base section, "31" or "22a"; empty for a subsection or a section not in this catalogue. */
    public Optional<Exemption> section(String base) {
        return Citation.normalise(base)
                .filter(s -> s.indexOf('(') < 0)
                .map(bySection::get);
    }

    /**
     * Reads a citation as authorities write it ("s.31(3)", "section 31 (3)", "S. 40(5)(b)(i)", "22a").
     * Empty if the text is not a citation or its base section is not in this catalogue. Subsections are
     * not checked against the statute.
     */
    public Optional<Citation> lookup(String text) {
        return Citation.normalise(text).flatMap(cited -> Optional.ofNullable(bySection.get(Citation.baseOf(cited)))
                .map(e -> new Citation(cited, e, e.isNcnd(cited))));
    }

    /**
     * Whether the citation invokes a neither-confirm-nor-deny provision: under FOIA one of the exemption's
     * NCND subsections or a deeper part of it, or 12(2); under FOISA s.18 or a part of it.
     */
    public boolean isNcnd(String text) {
        return lookup(text).map(Citation::ncnd).orElse(false);
    }
}
