package org.roundrobin.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Status;
import org.roundrobin.web.Labels;
import org.roundrobin.web.OutcomeStyle;

/**
 * The tile map of UK police forces, defined as data ({@code police-tiles.csv}): one square per force, coloured by
 * its overall outcome in a campaign. Only campaigns sent to the shipped police forces get one; other
 * directories have no agreed geography and get the matrix alone.
 */
public final class PoliceTiles {

    public static final int SIZE = 52;
    static final List<Place> PLACES = load();

    @io.quarkus.qute.TemplateData
    public record Place(String slug, int column, int row, String abbreviation) {
    }

    @io.quarkus.qute.TemplateData
    public record Tile(Place place, Long requestId, String name, OutcomeStyle style, String status) {
        public double x() {
            return place.column() * (SIZE + 4) + 2;
        }

        public double y() {
            return place.row() * (SIZE + 4) + 2 + (place.row() == 10 ? 12 : 0);
        }

        public double abbrY() {
            return y() + 22;
        }

        public double codeY() {
            return y() + 40;
        }

        public double cx() {
            return x() + SIZE / 2.0;
        }

        public String title() {
            return name + ": " + (style == OutcomeStyle.NO_REPLY ? status : style.label());
        }
    }

    @io.quarkus.qute.TemplateData
    public record Grid(List<Tile> tiles, int width, int height, int size) {
        public boolean shown() {
            return !tiles.isEmpty();
        }
    }

    private PoliceTiles() {
    }

    /** One statement: the campaign's requests to the forces on the map, with their overall outcomes. */
    public static Grid of(Campaign c, java.time.LocalDate today) {
        Map<String, Object[]> found = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select a.slug, r.id, a.name, r.outcome, r.state, r.dueOn, r.veryOverdueOn, r.reviewDueOn
                from FoiRequest r join r.authority a where r.campaign = :c and a.slug in :slugs""", Object[].class)
                .setParameter("c", c).setParameter("slugs", PLACES.stream().map(Place::slug).toList()).getResultList()) {
            found.put((String) row[0], row);
        }
        List<Tile> tiles = new ArrayList<>();
        if (found.size() >= PLACES.size() / 2) { // a police campaign, not one that happens to include a force
            for (Place p : PLACES) {
                Object[] r = found.get(p.slug());
                if (r == null) continue;
                Status status = ((Status) r[4]).at(today, (java.time.LocalDate) r[5], (java.time.LocalDate) r[6], (java.time.LocalDate) r[7]);
                tiles.add(new Tile(p, (Long) r[1], (String) r[2], OutcomeStyle.of((Outcome) r[3]), Labels.text("status." + status.name())));
            }
        }
        return new Grid(tiles, 8 * (SIZE + 4), 11 * (SIZE + 4) + 14, SIZE);
    }

    private static List<Place> load() {
        List<Place> places = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PoliceTiles.class.getResourceAsStream("police-tiles.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split(",");
                places.add(new Place(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(places);
    }
}
