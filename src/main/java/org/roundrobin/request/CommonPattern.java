package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The most common answer so far to each question of the campaign (outcome with its sections): most forces
 * answer alike, so the form usually needs one or two changes. One aggregate statement, however many replies.
 */
@ApplicationScoped
public class CommonPattern implements PrefillSource {

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Optional<Prefill> suggest(FoiRequest request) {
        Map<Integer, Object[]> best = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select a.question, a.outcome, a.sections, count(r) from FoiRequest r join r.answers a
                where r.campaign = :c group by a.question, a.outcome, a.sections
                order by a.question, count(r) desc, a.outcome""", Object[].class)
                .setParameter("c", request.campaign).getResultList()) {
            best.putIfAbsent((Integer) row[0], row);
        }
        if (best.isEmpty()) return Optional.empty();
        List<Answer> answers = new ArrayList<>();
        best.values().forEach(row -> answers.add(new Answer((Integer) row[0], (Outcome) row[1], Answer.parseSections((String) row[2]))));
        answers.sort(java.util.Comparator.comparingInt(Answer::question));
        return Optional.of(new Prefill(answers, "the most common answer so far to each question"));
    }
}
