package org.roundrobin.http;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roundrobin.law.Citation;
import org.roundrobin.law.Exemption;
import org.roundrobin.law.Law;
import org.roundrobin.law.Period;
import org.roundrobin.law.Step;
import org.roundrobin.law.WorkingDays;

/** The statutory rules of the {@code law} package, over HTTP: deadlines and the exemption catalogue. */
@Path("/api/law")
@Produces(MediaType.APPLICATION_JSON)
public class LawResource {

    public record PeriodView(int amount, Period.Unit unit, String source) {
        static PeriodView of(Period p) {
            return new PeriodView(p.amount(), p.unit(), p.source());
        }
    }

    /** A deadline and how it was reached: the period, its source, and the weekday holidays it stepped over. */
    public record DueDate(Law law, LocalDate received, Step step, LocalDate dueOn, Integer workingDays, PeriodView period,
                          List<LocalDate> holidaysSkipped) {
    }

    public record ExemptionView(String section, String title, Exemption.Kind kind, List<String> ncnd, String note) {
        static ExemptionView of(Exemption e) {
            return new ExemptionView(e.section(), e.title(), e.kind(), e.ncnd(), e.note());
        }
    }

    public record CitationView(Law law, String cited, String section, String title, Exemption.Kind kind, boolean ncnd) {
    }

    @GET
    @Path("due-date")
    @Authenticated
    public DueDate dueDate(@QueryParam("law") String law, @QueryParam("received") String received, @QueryParam("step") String step) {
        Law l = law(law);
        LocalDate from = date("received", received);
        Step s = step == null || step.isBlank() ? Step.RESPONSE : Arrays.stream(Step.values())
                .filter(x -> x.name().equalsIgnoreCase(step.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("step", "'" + step + "' is not one of " + List.of(Step.values())));
        Period p = l.period(s).orElseThrow(() -> ProblemException.invalid("step", l + " has no " + s + " period"));
        LocalDate due = p.from(l, from);
        WorkingDays wd = l.workingDays();
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !wd.isWorkingDay(d)) skipped.add(d);
        }
        return new DueDate(l, from, s, due, p.unit() == Period.Unit.WORKING_DAYS ? p.amount() : null, PeriodView.of(p), skipped);
    }

    @GET
    @Path("exemptions")
    @Authenticated
    public List<ExemptionView> exemptions(@QueryParam("law") String law) {
        return law(law).exemptions().all().stream().map(ExemptionView::of).toList();
    }

    /** Looks up a citation as written in a reply: {@code 31(3)}, {@code s.40(5B)}, {@code 12}. */
    @GET
    @Path("exemptions/{citation}")
    @Authenticated
    public CitationView citation(@QueryParam("law") String law, @PathParam("citation") String text) {
        Law l = law(law);
        Citation c = l.exemptions().lookup(text).orElseThrow(() -> ProblemException.notFound(
                "Section '" + text + "' in the " + l + " catalogue"));
        return new CitationView(l, c.cited(), c.section(), c.exemption().title(), c.exemption().kind(), c.ncnd());
    }

    private static Law law(String law) {
        if (law == null || law.isBlank()) throw ProblemException.invalid("law", "is required: FOIA or FOISA");
        return Law.parse(law).orElseThrow(() -> ProblemException.invalid("law", "'" + law + "' is not FOIA or FOISA"));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) throw ProblemException.invalid(field, "is required, as a date yyyy-MM-dd");
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "'" + value + "' is not a date in the form yyyy-MM-dd");
        }
    }
}
