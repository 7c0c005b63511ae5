package org.roundrobin.io.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundrobin.authority.Authority;

/**
 * Finds the authority a spreadsheet means, forgivingly: by slug, by WhatDoTheyKnow URL or URL name, or by name
 * or short name once case, accents, punctuation, "&"/"and", the words for "police" ("Constabulary", "Police
 * Service", Welsh "Heddlu") and Welsh place names ("Gogledd Cymru" = North Wales) are set aside.
 */
final class AuthorityMatcher {

    /** The one authority meant, or none with candidates: several exact matches (ambiguous) or near misses. */
    record Match(Authority authority, List<Authority> candidates, boolean ambiguous) {
        boolean found() {
            return authority != null;
        }
    }

    private static final Pattern WDTK_URL = Pattern.compile("(?i)^https?://(www\\.)?whatdotheyknow\\.com/body/([a-z0-9_\\-]+)/?.*$");
    private static final Set<String> NOISE = Set.of("the", "police", "constabulary", "service", "force", "heddlu", "of", "for",
            "chief", "constable", "heddlu'r");
    /** Welsh names of places whose English name the directory uses. */
    private static final List<Map.Entry<String, String>> WELSH = List.of(Map.entry(" gogledd cymru ", " north wales "),
            Map.entry(" de cymru ", " south wales "), Map.entry(" cymru ", " wales ")); // longest first

    private final List<Authority> all;
    private final Map<String, Set<Authority>> bySlug = new HashMap<>();
    private final Map<String, Set<Authority>> byWdtk = new HashMap<>();
    private final Map<String, Set<Authority>> byKey = new HashMap<>();

    AuthorityMatcher(List<Authority> all) {
        this.all = all;
        for (Authority a : all) {
            add(bySlug, a.slug, a);
            if (a.wdtkUrlName != null) add(byWdtk, a.wdtkUrlName.toLowerCase(Locale.ROOT), a);
            for (String name : names(a)) add(byKey, key(name), a);
        }
    }

    Match match(String given) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) return new Match(null, List.of(), false);
        Matcher url = WDTK_URL.matcher(text);
        String lower = (url.matches() ? url.group(2) : text).toLowerCase(Locale.ROOT);
        for (Map<String, Set<Authority>> exact : List.of(bySlug, byWdtk)) {
            Set<Authority> hit = exact.getOrDefault(lower, Set.of());
            if (!hit.isEmpty()) return decide(hit);
        }
        String key = key(text);
        Set<Authority> hit = key.isEmpty() ? Set.of() : byKey.getOrDefault(key, Set.of());
        if (!hit.isEmpty()) return decide(hit);
        return new Match(null, suggestions(key), false);
    }

    /** The comparable form of a name: "Heddlu De Cymru" and "South Wales Police" are both "south wales". */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace(".", "").replace("&", " and ").replaceAll("[^a-z0-9]+", " "); // "P.S.N.I." is "psni"
        s = " " + s.strip() + " ";
        for (var w : WELSH) s = s.replace(w.getKey(), w.getValue());
        List<String> words = new ArrayList<>();
        for (String w : s.strip().split(" ")) if (!w.isEmpty() && !NOISE.contains(w)) words.add(w);
        return String.join(" ", words);
    }

    private static Match decide(Set<Authority> hit) {
        List<Authority> sorted = hit.stream().sorted(Comparator.comparing(a -> a.slug)).toList();
        return sorted.size() == 1 ? new Match(sorted.get(0), List.of(), false) : new Match(null, sorted, true);
    }

    /** Near misses to offer: names that begin with what was given (or the reverse), or differ by a letter or two. */
    private List<Authority> suggestions(String key) {
        if (key.isEmpty()) return List.of();
        Set<Authority> near = new LinkedHashSet<>();
        for (Authority a : all) {
            for (String name : names(a)) {
                String k = key(name);
                if (!k.isEmpty() && (k.startsWith(key + " ") || key.startsWith(k + " ") || distance(k, key) <= 2)) near.add(a);
            }
        }
        return near.stream().sorted(Comparator.comparing(a -> a.slug)).limit(5).toList();
    }

    private static List<String> names(Authority a) {
        List<String> names = new ArrayList<>();
        names.add(a.name);
        if (a.shortName != null) names.add(a.shortName);
        Matcher m = Pattern.compile("^(.*)\\((.*)\\)\\s*$").matcher(a.name); // "Police Service of Scotland (Police Scotland)"
        if (m.matches()) {
            names.add(m.group(1));
            names.add(m.group(2));
        }
        return names;
    }

    private static void add(Map<String, Set<Authority>> index, String key, Authority a) {
        if (key != null && !key.isEmpty()) index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a);
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) return 3;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
