package org.roundrobin.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.authority.Authority;
import org.roundrobin.request.Outcome;

/** Matching names as campaigners write them, and reading outcome cells; pure, no database. */
class AuthorityMatcherTest {

    static Authority authority(String slug, String name, String shortName, String wdtk) {
        Authority a = new Authority();
        a.slug = slug;
        a.name = name;
        a.shortName = shortName;
        a.wdtkUrlName = wdtk;
        return a;
    }

    static final AuthorityMatcher POLICE = new AuthorityMatcher(List.of(
            authority("dyfed-powys", "Dyfed-Powys Police", "Dyfed-Powys", "dyfed_powys_police"),
            authority("north-wales", "North Wales Police", "North Wales", "north_wales_police"),
            authority("south-wales", "South Wales Police", "South Wales", "south_wales_police"),
            authority("gwent", "Gwent Police", "Gwent", "gwent_police"),
            authority("devon-and-cornwall", "Devon & Cornwall Police", "Devon & Cornwall", "devon_and_cornwall_police"),
            authority("cambridgeshire", "Cambridgeshire Constabulary", "Cambridgeshire", "cambridgeshire_police"),
            authority("metropolitan", "Metropolitan Police Service", "Metropolitan", "the_met"),
            authority("police-scotland", "Police Service of Scotland (Police Scotland)", "Police Scotland", "police_scotland"),
            authority("northern-ireland", "Police Service of Northern Ireland", "PSNI", "psni"),
            authority("hampshire", "Hampshire and Isle of Wight Constabulary", "Hampshire and IoW", "hampshire_police")));

    static String slug(String given) {
        AuthorityMatcher.Match m = POLICE.match(given);
        return m.found() ? m.authority().slug : null;
    }

    @Test
    void welshNamesCaseAndTheWordsForPoliceAreSetAside() {
        assertEquals("dyfed-powys", slug("Heddlu Dyfed-Powys"));
        assertEquals("north-wales", slug("Heddlu Gogledd Cymru"));
        assertEquals("south-wales", slug("heddlu de cymru"));
        assertEquals("gwent", slug("HEDDLU GWENT"));
        assertEquals("cambridgeshire", slug("Cambridgeshire Police"));
        assertEquals("cambridgeshire", slug("The Chief Constable of Cambridgeshire Constabulary"));
        assertEquals("metropolitan", slug("Metropolitan Police"));
        assertEquals("police-scotland", slug("Police Scotland"));
        assertEquals("northern-ireland", slug("P.S.N.I."));
    }

    @Test
    void ampersandPunctuationSlugShortNameAndWhatDoTheyKnowAllMatch() {
        assertEquals("devon-and-cornwall", slug("Devon and Cornwall Constabulary"));
        assertEquals("devon-and-cornwall", slug("devon-and-cornwall"));
        assertEquals("devon-and-cornwall", slug("Devon & Cornwall"));
        assertEquals("gwent", slug("gwent_police"));
        assertEquals("gwent", slug("https://www.whatdotheyknow.com/body/gwent_police"));
        assertEquals("metropolitan", slug("the_met"));
    }

    @Test
    void aNearMissOffersCandidatesAndMatchesNothing() {
        AuthorityMatcher.Match hampshire = POLICE.match("Hampshire Police");
        assertFalse(hampshire.found());
        assertFalse(hampshire.ambiguous());
        assertEquals("hampshire", hampshire.candidates().get(0).slug);
        AuthorityMatcher.Match typo = POLICE.match("Gwnet Police");
        assertEquals("gwent", typo.candidates().get(0).slug);
        assertTrue(POLICE.match("Police").candidates().isEmpty());
    }

    @Test
    void outcomeCellsReadTheWordsPeopleUse() {
        assertEquals(new OutcomeCell(Outcome.NCND, List.of("31(3)")), OutcomeCell.parse("NCND 31(3)"));
        assertEquals(new OutcomeCell(Outcome.NCND, List.of("31(3)", "24(2)")), OutcomeCell.parse("NCND 31(3); 24(2)"));
        assertEquals(new OutcomeCell(Outcome.NCND, List.of("31(3)")), OutcomeCell.parse("Neither confirm nor deny, s. 31 (3)"));
        assertEquals(new OutcomeCell(Outcome.NOT_HELD, List.of()), OutcomeCell.parse("NOT_HELD"));
        assertEquals(new OutcomeCell(Outcome.NOT_HELD, List.of()), OutcomeCell.parse("not held"));
        assertEquals(new OutcomeCell(Outcome.PARTLY_ANSWERED, List.of("s.40(2)")), OutcomeCell.parse("Partly answered s.40(2)")); // normalised on lookup
        assertEquals(new OutcomeCell(Outcome.COST_LIMIT, List.of("12")), OutcomeCell.parse("cost limit section 12"));
        assertEquals(new OutcomeCell(Outcome.EXEMPT, List.of("40(2)", "31(1)(a)")), OutcomeCell.parse("Exempt 40(2) and 31(1)(a)"));
        assertEquals(null, OutcomeCell.parse("  "));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> OutcomeCell.parse("maybe"));
    }

    @Test
    void datesAreReadDayFirstAsInTheUk() {
        java.time.LocalDate sept8 = java.time.LocalDate.of(2017, 9, 8);
        for (String d : List.of("2017-09-08", "08/09/2017", "8/9/2017", "8/9/17", "8 September 2017", "8 Sep 2017", "08-Sep-2017", "8th September 2017")) {
            assertEquals(sept8, SheetRows.date(d), d);
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SheetRows.date("31/02/2017"));
    }
}
