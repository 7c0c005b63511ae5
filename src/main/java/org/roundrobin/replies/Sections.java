package org.roundrobin.replies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lists of cited sections as shown: each once, a bare section dropped when a subsection of it is cited, in section order. */
final class Sections {

    private static final Comparator<String> ORDER = Comparator
            .comparingInt((String s) -> Integer.parseInt(s.replaceAll("^(\\d+).*", "$1")))
            .thenComparing(s -> s);

    private Sections() {
    }

    static List<String> tidy(Collection<String> cited) {
        Set<String> unique = new LinkedHashSet<>(cited);
        List<String> out = new ArrayList<>();
        for (String s : unique) {
            boolean bare = s.indexOf('(') < 0;
            if (bare && unique.stream().anyMatch(o -> o.startsWith(s + "("))) continue;
            out.add(s);
        }
        out.sort(ORDER);
        return out;
    }
}
