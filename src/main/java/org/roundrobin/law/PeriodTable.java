package org.roundrobin.law;

import static org.roundrobin.law.Period.Unit.CALENDAR_DAYS;
import static org.roundrobin.law.Period.Unit.MONTHS;
import static org.roundrobin.law.Period.Unit.WEEKS;
import static org.roundrobin.law.Period.Unit.WORKING_DAYS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The periods table of domain.md, as data. A Java table rather than a resource file: it is small,
 * the compiler checks every step and unit, and a changed guideline is still a one-line edit here.
 * A step absent for a law means that law has no such period.
 */
final class PeriodTable {

    private static final Map<Law, Map<Step, Period>> TABLE = new EnumMap<>(Law.class);

    static {
        Map<Step, Period> foia = new EnumMap<>(Step.class);
        foia.put(Step.RESPONSE, new Period(20, WORKING_DAYS, "FOIA s.10(1)"));
        foia.put(Step.PUBLIC_INTEREST_EXTENSION, new Period(20, WORKING_DAYS,
                "FOIA s.10(3) allows a 'reasonable' extension; ICO guidance: normally no more than"
                        + " 20 further working days (the refusal notice is still due in 20)"));
        foia.put(Step.VERY_OVERDUE, new Period(40, WORKING_DAYS,
                "Round Robin threshold; ICO guidance: 40 working days is the outer limit,"
                        + " including a public-interest extension"));
        foia.put(Step.REVIEW_REQUEST, new Period(40, WORKING_DAYS,
                "FOIA s.45 code of practice: within 40 working days of the response"
                        + " (the authority may refuse later requests)"));
        foia.put(Step.REVIEW_RESPONSE, new Period(20, WORKING_DAYS, "FOIA s.45 code of practice"));
        foia.put(Step.REVIEW_RESPONSE_EXCEPTIONAL, new Period(40, WORKING_DAYS,
                "FOIA s.45 code of practice: 40 working days in exceptional cases"));
        foia.put(Step.COMPLAINT, new Period(6, WEEKS,
                "ICO guidance (current): within 6 weeks of the final response (in 2018: 3 months); FOIA s.50"));
        foia.put(Step.DECISION_COMPLIANCE, new Period(35, CALENDAR_DAYS,
                "as the decision notice says (35 calendar days is the usual wording); FOIA s.54 for failure"));
        foia.put(Step.APPEAL, new Period(28, CALENDAR_DAYS,
                "FOIA s.57; Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009"
                        + " r.22(1)(b)"));
        TABLE.put(Law.FOIA, Collections.unmodifiableMap(foia));

        Map<Step, Period> foisa = new EnumMap<>(Step.class);
        foisa.put(Step.RESPONSE, new Period(20, WORKING_DAYS, "FOISA s.10(1)"));
        // No PUBLIC_INTEREST_EXTENSION: FOISA has no extension for the public interest test.
        foisa.put(Step.VERY_OVERDUE, new Period(40, WORKING_DAYS,
                "Round Robin threshold (twice the s.10 period)"));
        foisa.put(Step.REVIEW_REQUEST, new Period(40, WORKING_DAYS,
                "FOISA s.20: within 40 working days of the response or of when it was due"));
        foisa.put(Step.REVIEW_RESPONSE, new Period(20, WORKING_DAYS, "FOISA s.21(1)"));
        // No REVIEW_RESPONSE_EXCEPTIONAL: s.21 allows no longer period.
        foisa.put(Step.COMPLAINT, new Period(6, MONTHS,
                "FOISA s.47(4): application to the Scottish Information Commissioner within 6 months"
                        + " of the review outcome"));
        foisa.put(Step.DECISION_COMPLIANCE, new Period(35, CALENDAR_DAYS,
                "as the decision says (35 calendar days is a default; the decision sets the date)"));
        foisa.put(Step.APPEAL, new Period(42, CALENDAR_DAYS,
                "FOISA s.56: appeal to the Court of Session on a point of law;"
                        + " Rules of the Court of Session ch.41 (42 days)"));
        TABLE.put(Law.FOISA, Collections.unmodifiableMap(foisa));
    }

    private PeriodTable() {
    }

    static Optional<Period> period(Law law, Step step) {
        return Optional.ofNullable(TABLE.get(law).get(step));
    }
}
