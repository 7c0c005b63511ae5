package org.roundrobin.replies;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one sentence says about the outcome, as weighted signals: the words authorities use ("neither confirm
 * nor deny", "no information held", "would exceed the appropriate limit", "held in part"...) and the look of
 * a disclosure (figures, "please find attached"). Questions and requests quoted back get none.
 */
final class Signals {

    enum Kind { VEXATIOUS, COST, NCND, PARTLY, EXEMPT, NOT_HELD, PUBLISHED, ANSWER, FIGURES }

    private static final int I = Pattern.CASE_INSENSITIVE;

    private static final Pattern NCND = Pattern.compile(
            "neither\\s+(?:confirm|confirms|confirming|confirmed)\\s+nor\\s+(?:deny|denies|denying|denied)"
                    + "|(?:refuse[sd]?|refusing|unable|cannot|can not|will not|not obliged|not required|declines?)\\s+(?:either\\s+)?to\\s+(?:either\\s+)?confirm\\s+or\\s+deny"
                    + "|duty to confirm or deny[^.]{0,80}(?:does not apply|not apply|is excluded|has been excluded|is removed)"
                    + "|exclusion of the duty to confirm or deny|\\bNCND\\b", I);
    private static final Pattern NOT_HELD = Pattern.compile(
            "no (?:recorded |relevant |such |other )?information (?:is |was |has been |could be |can be )?(?:held|found|located|recorded)"
                    + "|(?<!or )(?<!or is )(?<!or are )\\bnot held\\b"
                    + "|\\b(?:do|does|did) not (?:hold|retain|keep|possess)\\b"
                    + "|\\bholds? no (?:recorded |relevant )?(?:information|records|data)"
                    + "|no (?:relevant |such )?(?:records?|data) (?:is |are |was |were )?(?:held|exists?|kept)"
                    + "|\\bnil return\\b|no information (?:relevant|falling within)", I);
    private static final Pattern NOT_RECORDED = Pattern.compile(
            "\\b(?:is|are|was|were|do|does|did) not (?:routinely |centrally |currently )?(?:record|recorded|collect|collected|capture|captured)\\b", I);
    private static final Pattern NOT_HELD_GUARD = Pattern.compile(
            "\\b(?:does or does not|do or do not|is or is not|are or are not|whether or not|held or not)\\b", I);
    private static final Pattern COST = Pattern.compile(
            "appropriate limit|cost (?:limit|threshold|ceiling)|(?:fees?|time) threshold|excessive cost|cost of compliance"
                    + "|exceed(?:s|ed|ing)? (?:the )?(?:cost|£|18 hours|appropriate|limit)|\\b18 hours\\b|£\\s?(?:450|600)\\b", I);
    private static final Pattern WITHIN_LIMIT = Pattern.compile("\\bwithin the (?:cost|appropriate|time) limit", I);
    private static final Pattern VEXATIOUS = Pattern.compile("\\bvexatious|repeated request|repeat(?:ed)? requests?\\b|substantially similar", I);
    private static final Pattern NOT_VEXATIOUS = Pattern.compile("not (?:be )?(?:considered )?vexatious", I);
    private static final Pattern EXEMPT = Pattern.compile(
            "\\bexempt\\b|(?<!unless )(?<!if )(?<!where )exemptions? (?:applies|apply|has been applied|is engaged|are engaged)|withh(?:eld|old|olding)\\b"
                    + "|(?:refus|declin)\\w* to (?:provide|disclose|release)|(?:will|cannot|can not|is|are) not (?:be )?(?:disclosed|released)", I);
    private static final Pattern PARTLY = Pattern.compile(
            "\\b(?:hold|holds|held)\\b[^.]{0,80}\\bin part\\b|\\b(?:partially|partly) (?:held|disclosed|answered|provided)|disclose some"
                    + "|(?:some|part|parts) of (?:the |this )?(?:requested )?information (?:is|has been|have been|will be|are|was) (?:withheld|redacted|exempt|not held|removed)"
                    + "|some information has been (?:redacted|withheld|removed)|remainder[^.]{0,60}(?:is|are|has been|have been) (?:disclosed|provided|released)"
                    + "|partial (?:disclosure|response)", I);
    private static final Pattern REDACTED = Pattern.compile("\\bredact(?:ed|ions?)\\b", I);
    private static final Pattern NO_REDACTION = Pattern.compile("no redactions|not made any redactions|without redaction|unredacted", I);
    private static final Pattern PUBLISHED = Pattern.compile(
            "accessible (?:to you )?by other means|otherwise accessible|(?:is|are) (?:already )?(?:published|publicly available|available)\\b[^.]{0,40}\\b(?:on|at|via|website)", I);
    private static final Pattern ANSWER = Pattern.compile(
            "please (?:find|see) (?:attached|below|enclosed|the attached|the information below|our response below)|(?:is|are) (?:attached|enclosed)\\b"
                    + "|(?:provided|disclosed|released) in full|(?:as follows|set out below|table below)|^(?:yes|no)\\b[.,]?", I);
    private static final Pattern QUESTION = Pattern.compile(
            "^(?:if\\b|please (?:provide|send|confirm|supply|tell|give|disclose|release|list|state|include|advise me)|could you|can you|would you"
                    + "|i would like|i request|i am requesting|i'd like|how many|how much|what|which|who|when|where|why|does|do|did|is|are|has|have)\\b", I);
    private static final Pattern RESTATEMENT = Pattern.compile(
            "\\byou (?:asked|requested|have asked|seek|sought|wanted|wished)|your (?:request|email|letter|application) (?:for|of|dated|received|in which)|request for (?:the )?(?:number|copies|a copy|details|information (?:about|on|regarding))", I);

    // Section, article and part numbers are not figures: "sections 24 and 31", "s1(1)(b)", "Part 2".
    private static final Pattern CITED = Pattern.compile(
            "(?<![\\p{L}'])(?:sections?|sect\\.|sec\\.|ss\\.?|s\\.|s(?=\\d)|articles?|regulations?|parts?|paragraphs?|schedules?)\\s*\\d[\\w()]*(?:\\s*(?:,|and|&|or|/|to|-)\\s*\\d[\\w()]*){0,20}",
            I);

    // Numbers in the account of what answering would take ("read each of the 133 files") are not disclosures.
    private static final Pattern EFFORT = Pattern.compile(
            "would (?:need|have) to|would (?:take|require|involve)|we (?:estimate|calculate)|(?:is|are|was) estimated|manual(?:ly)? (?:search|review|check|read)", I);

    private Signals() {
    }

    /** Whether the sentence asks rather than answers (a question, a request, a conditional). */
    static boolean isQuestion(String s) {
        return s.endsWith("?") || QUESTION.matcher(s).find();
    }

    static boolean isRestatement(String s) {
        return RESTATEMENT.matcher(s).find();
    }

    /** The signals of one sentence with their weights (0-1). */
    static Map<Kind, Double> of(String s) {
        Map<Kind, Double> out = new EnumMap<>(Kind.class);
        if (isQuestion(s)) return out;
        if (NCND.matcher(s).find()) out.put(Kind.NCND, 0.95);
        if (VEXATIOUS.matcher(s).find() && !NOT_VEXATIOUS.matcher(s).find()) out.put(Kind.VEXATIOUS, 0.9);
        if (COST.matcher(s).find()) out.put(Kind.COST, WITHIN_LIMIT.matcher(s).find() && !s.toLowerCase().contains("exceed") ? 0.4 : 0.9);
        if (!NOT_HELD_GUARD.matcher(s).find()) {
            if (NOT_HELD.matcher(s).find()) out.put(Kind.NOT_HELD, 0.9);
            else if (NOT_RECORDED.matcher(s).find()) out.put(Kind.NOT_HELD, 0.7);
        }
        if (PARTLY.matcher(s).find()) out.put(Kind.PARTLY, 0.85);
        else if (REDACTED.matcher(s).find() && !NO_REDACTION.matcher(s).find()) out.put(Kind.PARTLY, 0.6);
        if (EXEMPT.matcher(s).find()) out.put(Kind.EXEMPT, 0.8);
        if (PUBLISHED.matcher(s).find()) out.put(Kind.PUBLISHED, 0.75);
        if (isRestatement(s)) return out;
        if (ANSWER.matcher(s).find()) out.put(Kind.ANSWER, 0.5);
        if ((out.isEmpty() || out.keySet().stream().allMatch(k -> k == Kind.ANSWER)) && !EFFORT.matcher(s).find()) {
            double figures = Figures.strength(CITED.matcher(s).replaceAll(" "));
            if (figures > 0) out.put(Kind.FIGURES, figures);
        }
        return out;
    }
}
