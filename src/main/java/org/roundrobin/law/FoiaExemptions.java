package org.roundrobin.law;

import static org.roundrobin.law.Exemption.Kind.ABSOLUTE;
import static org.roundrobin.law.Exemption.Kind.PARTLY_ABSOLUTE;
import static org.roundrobin.law.Exemption.Kind.QUALIFIED;
import static org.roundrobin.law.Exemption.Kind.REFUSAL_GROUND;

import java.util.List;

/**
 * FOIA's refusal grounds and Part II exemptions, with the section headings of the Act as titles.
 * A Java table rather than a resource file: the kinds are enum constants the compiler checks, the table is
 * short and changes only with the statute, and there is no parser to get wrong.
 * NCND subsections: 23(5), 24(2), 27(4), 30(3), 31(3), 38(2), 40(5)/(5B) are confirmed in sources; the others
 * follow the Act's pattern (each Part II section but s.21 has one).
 */
final class FoiaExemptions {

    static final List<Exemption> ALL = List.of(
            e("12", "Exemption where cost of compliance exceeds appropriate limit", REFUSAL_GROUND, List.of("12(2)"),
                    "Cost limit: £450 (18 hours at £25) for police and most authorities, £600 for central"
                            + " government (Fees Regulations 2004). 12(2): no duty to confirm or deny if that alone"
                            + " would exceed the limit."),
            e("14", "Vexatious or repeated requests", REFUSAL_GROUND, List.of(),
                    "14(1) vexatious; 14(2) repeated: identical or substantially similar to an earlier request"
                            + " from the same person, without a reasonable interval."),
            e("21", "Information accessible to applicant by other means", ABSOLUTE, List.of(),
                    "No NCND provision."),
            e("22", "Information intended for future publication", QUALIFIED, List.of("22(2)"), ""),
            e("22A", "Research", QUALIFIED, List.of("22A(2)"),
                    "Information from a continuing programme of research intended for publication."),
            e("23", "Information supplied by, or relating to, bodies dealing with security matters", ABSOLUTE,
                    List.of("23(5)"), "Often cited with s.24 in the alternative, so as not to reveal which applies."),
            e("24", "National security", QUALIFIED, List.of("24(2)"), ""),
            e("26", "Defence", QUALIFIED, List.of("26(3)"), ""),
            e("27", "International relations", QUALIFIED, List.of("27(4)"), ""),
            e("28", "Relations within the United Kingdom", QUALIFIED, List.of("28(3)"), ""),
            e("29", "The economy", QUALIFIED, List.of("29(2)"), ""),
            e("30", "Investigations and proceedings conducted by public authorities", QUALIFIED, List.of("30(3)"),
                    "Class-based: no prejudice test."),
            e("31", "Law enforcement", QUALIFIED, List.of("31(3)"),
                    "Prejudice-based; applies only to information not exempt under s.30."),
            e("32", "Court records, etc.", ABSOLUTE, List.of("32(3)"), ""),
            e("33", "Audit functions", QUALIFIED, List.of("33(3)"), ""),
            e("34", "Parliamentary privilege", ABSOLUTE, List.of("34(3)"), ""),
            e("35", "Formulation of government policy, etc.", QUALIFIED, List.of("35(3)"), ""),
            e("36", "Prejudice to effective conduct of public affairs", PARTLY_ABSOLUTE, List.of("36(3)"),
                    "Qualified, but absolute for information held by either House of Parliament (s.2(3)(e));"
                            + " needs the reasonable opinion of a qualified person."),
            e("37", "Communications with Her Majesty, etc. and honours", PARTLY_ABSOLUTE, List.of("37(2)"),
                    "37(1)(a)-(ab) (the Sovereign, the heir and the second in line) absolute; the rest qualified."),
            e("38", "Health and safety", QUALIFIED, List.of("38(2)"), ""),
            e("39", "Environmental information", QUALIFIED, List.of("39(2)"),
                    "Such information is requested under the Environmental Information Regulations 2004."),
            e("40", "Personal information", PARTLY_ABSOLUTE, List.of("40(5)", "40(5A)", "40(5B)"),
                    "40(1) (the requester's own data) and 40(2) where disclosure would breach the data protection"
                            + " principles are absolute; other parts of 40(2) qualified. NCND: 40(5A) own data,"
                            + " 40(5B) third parties (40(5) before the Data Protection Act 2018)."),
            e("41", "Information provided in confidence", ABSOLUTE, List.of("41(2)"),
                    "Only if disclosure would be an actionable breach of confidence."),
            e("42", "Legal professional privilege", QUALIFIED, List.of("42(2)"), ""),
            e("43", "Commercial interests", QUALIFIED, List.of("43(3)"), ""),
            e("44", "Prohibitions on disclosure", ABSOLUTE, List.of("44(2)"),
                    "Disclosure prohibited by an enactment, incompatible with a retained obligation, or contempt"
                            + " of court."));

    private FoiaExemptions() {
    }

    private static Exemption e(String section, String title, Exemption.Kind kind, List<String> ncnd, String note) {
        return new Exemption(Law.FOIA, section, title, kind, ncnd, note);
    }
}
