package org.roundrobin.law;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Bank holidays under the Banking and Financial Dealings Act 1971 in each part of the UK:
 * jollyday's GB calendar, corrected by {@code uk-bank-holiday-overrides.csv}. Dates are the observed
 * ones (the substitute weekday when the day itself falls at a weekend). Checked against an independent
 * calculation for {@value #FIRST_VERIFIED_YEAR}–{@value #LAST_VERIFIED_YEAR}; other years are jollyday's rules.
 * Thread-safe; each year is computed once.
 */
public final class UkBankHolidays {

    public static final int FIRST_VERIFIED_YEAR = 2000;
    public static final int LAST_VERIFIED_YEAR = 2035;
    static final String OVERRIDES = "uk-bank-holiday-overrides.csv";

    /** The three bank-holiday lists. Wales has England's list (jollyday's "wls" is identical to "eng"). */
    public enum Nation {
        ENGLAND_WALES("eng"), SCOTLAND("sct"), NORTHERN_IRELAND("nir");

        private final String code;

        Nation(String code) {
            this.code = code;
        }

        /** jollyday's subdivision code, also used in the override file. */
        public String code() {
            return code;
        }

        public static Optional<Nation> fromCode(String code) {
            for (Nation n : values()) {
                if (n.code.equalsIgnoreCase(code)) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }
    }

    private static final class Holder {
        static final UkBankHolidays INSTANCE = new UkBankHolidays(readOverrides());
    }

    private final List<HolidayOverride> overrides;
    private final Map<Integer, YearLists> years = new ConcurrentHashMap<>();
    private HolidayManager manager; // guarded by this

    UkBankHolidays(List<HolidayOverride> overrides) {
        this.overrides = List.copyOf(overrides);
    }

    public static UkBankHolidays get() {
        return Holder.INSTANCE;
    }

    /** Observed bank holidays in one nation's list for a year; unmodifiable and sorted. */
    public Set<LocalDate> of(Nation nation, int year) {
        return lists(year).byNation.get(nation);
    }

    /** The union of the three lists: the days FOIA s.10(6) excludes as a bank holiday "in any part of the UK". */
    public Set<LocalDate> anyNation(int year) {
        return lists(year).union;
    }

    /** The corrections applied on top of jollyday, in file order. */
    public List<HolidayOverride> overrides() {
        return overrides;
    }

    private YearLists lists(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private YearLists load(int year) {
        Map<Nation, Set<LocalDate>> byNation = new EnumMap<>(Nation.class);
        Set<LocalDate> union = new TreeSet<>();
        for (Nation nation : Nation.values()) {
            Set<LocalDate> dates = new TreeSet<>(jollyday(nation, year));
            for (HolidayOverride o : overrides) {
                if (o.date().getYear() == year && o.appliesTo(nation)) {
                    if (o.action() == HolidayOverride.Action.ADD) {
                        dates.add(o.date());
                    } else {
                        dates.remove(o.date());
                    }
                }
            }
            byNation.put(nation, Collections.unmodifiableSet(dates));
            union.addAll(dates);
        }
        return new YearLists(Collections.unmodifiableMap(byNation), Collections.unmodifiableSet(union));
    }

    /** jollyday's own list, without our corrections; package-private so tests can show why each is needed. */
    synchronized Set<LocalDate> jollyday(Nation nation, int year) {
        if (manager == null) {
            manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        }
        return manager.getHolidays(Year.of(year), nation.code()).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<HolidayOverride> readOverrides() {
        try (InputStream in = UkBankHolidays.class.getResourceAsStream(OVERRIDES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource org/roundrobin/law/" + OVERRIDES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return HolidayOverride.parse(reader.lines().toList(), OVERRIDES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record YearLists(Map<Nation, Set<LocalDate>> byNation, Set<LocalDate> union) {
    }
}
