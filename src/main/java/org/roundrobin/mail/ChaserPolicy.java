package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roundrobin.law.WorkingDays;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Status;

/**
 * When to chase: chaser-1 on the first working day after the deadline, chaser-2 a configured number of working
 * days after chaser-1 went, then a suggestion (never a letter) to ask for a review or complain. Only requests
 * the projection shows AWAITING_RESPONSE with the effective due date past are considered: a pending
 * clarification, a running extension or a response is never chased. Chasers of one clock (a clarification starts
 * a new one) are numbered by it, and (request, kind, sequence) is unique, so a second run, a restart or a second
 * instance (the runs are serialised by a row lock) queues nothing twice.
 */
@ApplicationScoped
public class ChaserPolicy {

    private static final int CHUNK = 500;

    @Inject
    ChaserConfig config;
    @Inject
    Outbox outbox;
    @Inject
    AppClock clock;

    public record Run(int chaser1, int chaser2, int held, int noAddress) {
    }

    /** Requests whose response became overdue before {@code today} (the finder the job asks). */
    public static List<FoiRequest> overdue(LocalDate today) {
        return FoiRequest.list("select r from FoiRequest r join fetch r.authority join fetch r.campaign "
                + "where r.state = ?1 and r.dueOn < ?2 order by r.id", Status.AWAITING_RESPONSE, today);
    }

    @Transactional
    public Run run(LocalDate today) {
        JobLock.acquire("chasers");
        List<FoiRequest> overdue = overdue(today);
        int[] n = new int[4];
        for (int i = 0; i < overdue.size(); i += CHUNK) {
            chunk(overdue.subList(i, Math.min(overdue.size(), i + CHUNK)), today, n);
            Panache.getEntityManager().flush();
        }
        return new Run(n[0], n[1], n[2], n[3]);
    }

    private void chunk(List<FoiRequest> requests, LocalDate today, int[] n) {
        List<Long> ids = requests.stream().map(r -> r.id).toList();
        Map<Long, Integer> cycles = cycles(ids);
        Map<Long, List<Letter>> chasers = Letter.<Letter>list("request.id in ?1 and kind in ?2", ids,
                List.of(LetterKind.CHASER_1, LetterKind.CHASER_2)).stream().collect(Collectors.groupingBy(l -> l.request.id));
        Map<Long, Boolean> auto = new HashMap<>();
        for (FoiRequest r : requests) {
            int cycle = cycles.getOrDefault(r.id, 1);
            List<Letter> mine = chasers.getOrDefault(r.id, List.of());
            Letter first = find(mine, LetterKind.CHASER_1, cycle);
            Letter second = find(mine, LetterKind.CHASER_2, cycle);
            WorkingDays wd = r.law().workingDays();
            LetterKind due = null;
            LocalDate firstSentOn = null;
            if (first == null) {
                if (!today.isBefore(wd.addWorkingDays(r.dueOn, 1))) due = LetterKind.CHASER_1;
            } else if (second == null && first.status == Letter.Status.SENT) {
                firstSentOn = first.sentOn;
                if (!today.isBefore(wd.addWorkingDays(firstSentOn, config.secondAfterWorkingDays()))) due = LetterKind.CHASER_2;
            }
            if (due == null) continue;
            if (r.authority.foiEmail == null || Addresses.parse(r.authority.foiEmail).isEmpty()) {
                n[3]++;
                continue;
            }
            boolean hold = !auto.computeIfAbsent(r.campaign.id, id -> MailSettings.of(id).chasersAuto);
            outbox.queue(r, due, cycle, hold, null, firstSentOn);
            n[due == LetterKind.CHASER_1 ? 0 : 1]++;
            if (hold) n[2]++;
        }
    }

    /** The request's clock number: 1 for the request, one more for each clarification that restarted it. */
    private static Map<Long, Integer> cycles(List<Long> ids) {
        List<Object[]> rows = Panache.getEntityManager().createQuery("select e.request.id, count(e) from RequestEvent e "
                + "where e.request.id in :ids and e.type in :types group by e.request.id", Object[].class)
                .setParameter("ids", ids).setParameter("types", List.of(EventType.SENT, EventType.CLARIFICATION_GIVEN)).getResultList();
        Map<Long, Integer> m = new HashMap<>();
        for (Object[] row : rows) m.put((Long) row[0], ((Number) row[1]).intValue());
        return m;
    }

    private static Letter find(List<Letter> letters, LetterKind kind, int sequence) {
        return letters.stream().filter(l -> l.kind == kind && l.sequence == sequence).findFirst().orElse(null);
    }

    /** What to do after the second chaser went unanswered: a suggestion for the campaigner, never sent. */
    public record Suggestion(long requestId, String authority, String action, String why) {
    }

    public List<Suggestion> suggestions(List<Letter> sentSecondChasers, LocalDate today) {
        return sentSecondChasers.stream().filter(l -> l.request.state == Status.AWAITING_RESPONSE && l.request.dueOn.isBefore(today))
                .filter(l -> !today.isBefore(l.request.law().workingDays().addWorkingDays(
                        l.sentOn, config.suggestAfterWorkingDays())))
                .map(l -> {
                    FoiRequest r = l.request;
                    boolean foisa = r.law() == org.roundrobin.law.Law.FOISA;
                    String action = foisa ? "REVIEW_REQUEST" : "COMPLAINT";
                    String why = "No response " + org.roundrobin.request.Timeline.workingDaysLate(r.law(), r.state, r.dueOn, null, today)
                            + " working days after the deadline and two chasers: " + (foisa
                            ? "ask " + r.authority.name + " for a review of its failure to respond (FOISA s.20), then apply to the Scottish Information Commissioner"
                            : "complain to the Information Commissioner's Office about the failure to respond (FOIA s.10)");
                    return new Suggestion(r.id, r.authority.name, action, why);
                }).toList();
    }
}
