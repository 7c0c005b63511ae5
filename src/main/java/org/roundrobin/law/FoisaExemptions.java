package org.roundrobin.law;

import static org.roundrobin.law.Exemption.Kind.ABSOLUTE;
import static org.roundrobin.law.Exemption.Kind.NCND_PROVISION;
import static org.roundrobin.law.Exemption.Kind.PARTLY_ABSOLUTE;
import static org.roundrobin.law.Exemption.Kind.QUALIFIED;
import static org.roundrobin.law.Exemption.Kind.REFUSAL_GROUND;

import java.util.List;

/**
 * FOISA's refusal grounds, its NCND provision (s.18) and the Part 2 exemptions, with the Act's section
 * headings as titles. Absolute per FOISA s.2(2): 25, 26, 36(2), 37, 38 (largely). A Java table for the same
 * reasons as {@link FoiaExemptions}. No exemption carries an NCND subsection: FOISA has one NCND
 * provision, s.18.
 */
final class FoisaExemptions {

    static final List<Exemption> ALL = List.of(
            e("12", "Excessive cost of compliance", REFUSAL_GROUND, List.of(),
                    "Cost limit £600, staff time at no more than £15 an hour (Fees Regulations 2004)."),
            e("14", "Vexatious or repeated requests", REFUSAL_GROUND, List.of(),
                    "14(1) vexatious; 14(2) repeated: identical or substantially similar to an earlier request"
                            + " from the same person, without a reasonable interval."),
            e("18", "Further provision as respects responses to request", NCND_PROVISION, List.of("18"),
                    "Neither confirm nor deny: usable only where the information, if held, would be exempt under"
                            + " ss.28-35, 39(1) or 41, and revealing whether it exists or is held would be contrary"
                            + " to the public interest."),
            e("25", "Information otherwise accessible", ABSOLUTE, List.of(), ""),
            e("26", "Prohibitions on disclosure", ABSOLUTE, List.of(), ""),
            e("27", "Information intended for future publication", QUALIFIED, List.of(),
                    "27(2) covers continuing research programmes."),
            e("28", "Relations within the United Kingdom", QUALIFIED, List.of(), ""),
            e("29", "Formulation of Scottish Administration policy etc.", QUALIFIED, List.of(), ""),
            e("30", "Prejudice to effective conduct of public affairs", QUALIFIED, List.of(), ""),
            e("31", "National security and defence", QUALIFIED, List.of(), ""),
            e("32", "International relations", QUALIFIED, List.of(), ""),
            e("33", "Commercial interests and the economy", QUALIFIED, List.of(), ""),
            e("34", "Investigations by Scottish public authorities and proceedings arising out of such"
                    + " investigations", QUALIFIED, List.of(), ""),
            e("35", "Law enforcement", QUALIFIED, List.of(), ""),
            e("36", "Confidentiality", PARTLY_ABSOLUTE, List.of(),
                    "36(1) (confidentiality of communications in legal proceedings) qualified; 36(2) (actionable"
                            + " breach of confidence) absolute."),
            e("37", "Court records, etc.", ABSOLUTE, List.of(), ""),
            e("38", "Personal information", ABSOLUTE, List.of(),
                    "Largely absolute: the requester's own data and third-party data whose disclosure would"
                            + " breach the data protection principles; a few parts are subject to the public"
                            + " interest test."),
            e("39", "Health, safety and the environment", QUALIFIED, List.of(),
                    "39(2): environmental information is requested under the Environmental Information"
                            + " (Scotland) Regulations 2004."),
            e("40", "Audit functions", QUALIFIED, List.of(), ""),
            e("41", "Communications with Her Majesty etc. and honours", QUALIFIED, List.of(), ""));

    private FoisaExemptions() {
    }

    private static Exemption e(String section, String title, Exemption.Kind kind, List<String> ncnd, String note) {
        return new Exemption(Law.FOISA, section, title, kind, ncnd, note);
    }
}
