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
 * instance (the runs are serialised by a row lock) queues nothing twice. The daily job ({@link #run}) and a person
 * chasing from the pages ({@link #chase}) decide alike ({@link #decide}, which the pages also show).
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

    /** What the policy makes of one request today. */
    public enum Verdict {
        /** A chaser is due (dry run): {@code kind} would be queued, held for approval if {@code hold}. */
        DUE,
        /** The chaser was queued to send now. */
        QUEUED,
        /** The chaser was stored to wait for the campaigner's approval. */
        HELD,
        /** The next chaser is not due yet: from {@code dueFrom}. */
        NOT_DUE,
        /** A chaser of this clock is stored and not sent ({@code letter} says how it stands). */
        WAITING,
        /** Both chasers of this clock went: a review or complaint is next, never a third letter. */
        BOTH_SENT,
        /** A chaser is due but the authority has no usable email address. */
        NO_ADDRESS,
        /** The response is not overdue (answered, in clarification, extended, or simply not late). */
        NOT_OVERDUE
    }

    /** The policy's decision for one request: which letter, and why it is (or is not) going. */
    public record Decision(long requestId, String authority, Verdict verdict, LetterKind kind, int sequence, boolean hold,
                           LocalDate dueFrom, Letter letter) {
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
            for (Decision d : queue(decide(overdue.subList(i, Math.min(overdue.size(), i + CHUNK)), today))) {
                if (d.verdict() == Verdict.NO_ADDRESS) n[3]++;
                if (d.verdict() != Verdict.QUEUED && d.verdict() != Verdict.HELD) continue;
                n[d.kind() == LetterKind.CHASER_1 ? 0 : 1]++;
                if (d.hold()) n[2]++;
            }
            Panache.getEntityManager().flush();
        }
        return new Run(n[0], n[1], n[2], n[3]);
    }

    /**
     * Chases these requests now, as a person asked (the "chase" buttons): the same rules and the campaign's
     * approve/auto choice as the daily run, only sooner. Returns what happened to each.
     */
    @Transactional
    public List<Decision> chase(List<Long> requestIds, LocalDate today) {
        JobLock.acquire("chasers");
        if (requestIds.isEmpty()) return List.of();
        List<FoiRequest> requests = FoiRequest.list("select r from FoiRequest r join fetch r.authority join fetch r.campaign "
                + "where r.id in ?1 order by r.authority.name, r.id", requestIds);
        List<Decision> all = new java.util.ArrayList<>();
        for (int i = 0; i < requests.size(); i += CHUNK) {
            all.addAll(queue(decide(requests.subList(i, Math.min(requests.size(), i + CHUNK)), today)));
            Panache.getEntityManager().flush();
        }
        return all;
    }

    /**
     * What the policy would do for each request today, writing nothing (the pages show it beside each overdue
     * request). Two statements however many requests; their authority and campaign should be loaded.
     */
    public List<Decision> decide(List<FoiRequest> requests, LocalDate today) {
        return decide(requests, today, new HashMap<>());
    }

    /** As {@link #decide(List, LocalDate)}, with each campaign's auto/approve choice where the caller knows it already. */
    List<Decision> decide(List<FoiRequest> requests, LocalDate today, Map<Long, Boolean> auto) {
        if (requests.isEmpty()) return List.of();
        List<Long> ids = requests.stream().map(r -> r.id).toList();
        List<Letter> chasers = Letter.list("request.id in ?1 and kind in ?2", ids, List.of(LetterKind.CHASER_1, LetterKind.CHASER_2));
        return decide(requests, cycles(ids), chasers, today, auto);
    }

    private List<Decision> decide(List<FoiRequest> requests, Map<Long, Integer> cycles, List<Letter> letters, LocalDate today,
                                  Map<Long, Boolean> auto) {
        Map<Long, List<Letter>> chasers = letters.stream().filter(l -> l.kind.isChaser()).collect(Collectors.groupingBy(l -> l.request.id));
        List<Decision> decisions = new java.util.ArrayList<>();
        for (FoiRequest r : requests) {
            int cycle = cycles.getOrDefault(r.id, 1);
            List<Letter> mine = chasers.getOrDefault(r.id, List.of());
            boolean hold = !auto.computeIfAbsent(r.campaign.id, id -> MailSettings.of(id).chasersAuto);
            decisions.add(decide(r, cycle, find(mine, LetterKind.CHASER_1, cycle), find(mine, LetterKind.CHASER_2, cycle), hold, today));
        }
        return decisions;
    }

    /** A campaign's overdue requests as the policy sees them today, and every letter of it held for approval. */
    public record CampaignView(List<Decision> decisions, List<Letter> held) {
    }

    /**
     * The dashboard's view in two statements however large the campaign: its overdue requests with their clock
     * numbers, then their chasers together with the campaign's held letters. Writes nothing.
     */
    public CampaignView campaign(org.roundrobin.campaign.Campaign c, LocalDate today, boolean auto) {
        List<FoiRequest> overdue = new java.util.ArrayList<>();
        Map<Long, Integer> cycles = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select r, (select count(e) from RequestEvent e where e.request = r and e.type in :types)
                from FoiRequest r join fetch r.authority where r.campaign = :c and r.state = :s and r.dueOn < :today""", Object[].class)
                .setParameter("types", List.of(EventType.SENT, EventType.CLARIFICATION_GIVEN)).setParameter("c", c)
                .setParameter("s", Status.AWAITING_RESPONSE).setParameter("today", today).getResultList()) {
            FoiRequest r = (FoiRequest) row[0];
            overdue.add(r);
            cycles.put(r.id, Math.max(1, ((Number) row[1]).intValue()));
        }
        List<Letter> letters = Letter.list("select l from Letter l join fetch l.request r join fetch r.authority where l.campaignId = ?1 "
                + "and (l.status = ?2 or (l.kind in ?3 and r.state = ?4 and r.dueOn < ?5)) order by r.authority.name, l.kind, l.id", c.id,
                Letter.Status.HELD, List.of(LetterKind.CHASER_1, LetterKind.CHASER_2), Status.AWAITING_RESPONSE, today);
        List<Decision> decisions = decide(overdue, cycles, letters, today, new HashMap<>(Map.of(c.id, auto)));
        return new CampaignView(decisions, letters.stream().filter(l -> l.status == Letter.Status.HELD).toList());
    }

    private Decision decide(FoiRequest r, int cycle, Letter first, Letter second, boolean hold, LocalDate today) {
        String name = r.authority.name;
        if (r.state != Status.AWAITING_RESPONSE || r.dueOn == null || !r.dueOn.isBefore(today)) {
            return new Decision(r.id, name, Verdict.NOT_OVERDUE, null, cycle, hold, null, null);
        }
        WorkingDays wd = r.law().workingDays();
        LetterKind due;
        LocalDate from;
        if (first == null) {
            due = LetterKind.CHASER_1;
            from = wd.addWorkingDays(r.dueOn, 1);
        } else if (first.status != Letter.Status.SENT) {
            return new Decision(r.id, name, Verdict.WAITING, LetterKind.CHASER_1, cycle, hold, null, first);
        } else if (second == null) {
            due = LetterKind.CHASER_2;
            from = wd.addWorkingDays(first.sentOn, config.secondAfterWorkingDays());
        } else if (second.status != Letter.Status.SENT) {
            return new Decision(r.id, name, Verdict.WAITING, LetterKind.CHASER_2, cycle, hold, null, second);
        } else {
            return new Decision(r.id, name, Verdict.BOTH_SENT, LetterKind.CHASER_2, cycle, hold, null, second);
        }
        if (today.isBefore(from)) return new Decision(r.id, name, Verdict.NOT_DUE, due, cycle, hold, from, first);
        if (r.authority.foiEmail == null || Addresses.parse(r.authority.foiEmail).isEmpty()) {
            return new Decision(r.id, name, Verdict.NO_ADDRESS, due, cycle, hold, from, first);
        }
        return new Decision(r.id, name, Verdict.DUE, due, cycle, hold, from, first);
    }

    /** Queues the due chasers (in the caller's transaction); the other decisions pass through unchanged. */
    private List<Decision> queue(List<Decision> decisions) {
        List<Decision> done = new java.util.ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            if (d.verdict() != Verdict.DUE) {
                done.add(d);
                continue;
            }
            FoiRequest r = FoiRequest.findById(d.requestId());
            LocalDate firstSentOn = d.kind() == LetterKind.CHASER_2 ? d.letter().sentOn : null;
            Letter l = outbox.queue(r, d.kind(), d.sequence(), d.hold(), null, firstSentOn);
            done.add(new Decision(d.requestId(), d.authority(), d.hold() ? Verdict.HELD : Verdict.QUEUED, d.kind(), d.sequence(),
                    d.hold(), d.dueFrom(), l));
        }
        return done;
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
