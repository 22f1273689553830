package org.caseloadplanner.domain.published;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The DfE's published workforce figures for England, its regions and every local authority, year by year,
 * with each authority's ten statistical neighbours. A figure the DfE did not publish is simply absent.
 */
public final class PublishedStatistics {

    private static final int COLUMNS = PublishedColumn.values().length;

    private final Map<String, Area> areas;
    private final Map<String, Map<Integer, double[]>> figures;
    private final Map<String, List<String>> neighbours;
    private final List<Integer> years;

    private PublishedStatistics(Map<String, Area> areas, Map<String, Map<Integer, double[]>> figures,
                                Map<String, List<String>> neighbours) {
        this.areas = Map.copyOf(areas);
        this.figures = figures;
        this.neighbours = Map.copyOf(neighbours);
        TreeSet<Integer> all = new TreeSet<>();
        figures.values().forEach(byYear -> all.addAll(byYear.keySet()));
        this.years = List.copyOf(all);
    }

    /** Every year with any figure, oldest first. */
    public List<Integer> years() {
        return years;
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    public Area england() {
        return areas.getOrDefault(Area.ENGLAND_CODE, new Area(Area.ENGLAND_CODE, "England", Area.Level.ENGLAND, ""));
    }

    /** The local authorities, by name. */
    public List<Area> localAuthorities() {
        return areas.values().stream().filter(a -> a.level() == Area.Level.LOCAL_AUTHORITY)
                .sorted(Comparator.comparing(Area::name)).toList();
    }

    /** The local authority of that name, whatever its case. */
    public Optional<Area> localAuthorityNamed(String name) {
        return localAuthorities().stream().filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The region a local authority is in. */
    public Optional<Area> regionOf(Area la) {
        return la.level() == Area.Level.LOCAL_AUTHORITY ? area(la.region()) : Optional.empty();
    }

    /**
     * A local authority's ten statistical neighbours, closest first; those no longer published are left out, and
     * one that now publishes jointly with another is the joint one.
     */
    public List<Area> neighbours(Area la) {
        return neighbours.getOrDefault(la.laNumbers().get(0), List.of()).stream().map(this::publishing)
                .filter(java.util.Objects::nonNull).filter(a -> !a.equals(la)).distinct().toList();
    }

    /** The place publishing an LA number's figures: itself, or the joint one it is part of. */
    private Area publishing(String laNumber) {
        Area own = areas.get(laNumber);
        if (own != null) {
            return own;
        }
        return areas.values().stream().filter(a -> a.level() == Area.Level.LOCAL_AUTHORITY
                && a.laNumbers().contains(laNumber)).findFirst().orElse(null);
    }

    /** A figure as published, or empty when the DfE did not publish it for that place and year. */
    public OptionalDouble value(Area area, int year, PublishedColumn column) {
        double[] row = figures.getOrDefault(area.code(), Map.of()).get(year);
        return row == null || Double.isNaN(row[column.ordinal()]) ? OptionalDouble.empty()
                : OptionalDouble.of(row[column.ordinal()]);
    }

    /** The plain mean of a figure across the neighbours that published it, and how many did. */
    public record Average(double value, int of) {
    }

    public Optional<Average> neighbourAverage(Area la, int year, PublishedColumn column) {
        double sum = 0;
        int n = 0;
        for (Area neighbour : neighbours(la)) {
            OptionalDouble v = value(neighbour, year, column);
            if (v.isPresent()) {
                sum += v.getAsDouble();
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(new Average(sum / n, n));
    }

    /** How many place-years hold figures. */
    public int rows() {
        return figures.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * These figures with a newer file's laid over them: a place's year in both is taken from the newer, and
     * places and years only one has are kept. Names come from the newer file.
     */
    public PublishedStatistics updatedWith(PublishedStatistics newer) {
        Map<String, Area> mergedAreas = new HashMap<>(areas);
        mergedAreas.putAll(newer.areas);
        Map<String, Map<Integer, double[]>> merged = new HashMap<>();
        figures.forEach((code, byYear) -> merged.put(code, new HashMap<>(byYear)));
        newer.figures.forEach((code, byYear) -> merged.computeIfAbsent(code, c -> new HashMap<>()).putAll(byYear));
        Map<String, List<String>> mergedNeighbours = new HashMap<>(neighbours);
        mergedNeighbours.putAll(newer.neighbours);
        return new PublishedStatistics(mergedAreas, merged, mergedNeighbours);
    }

    /** Collects places, figures and neighbours as a file is read. */
    public static final class Builder {
        private final Map<String, Area> areas = new LinkedHashMap<>();
        private final Map<String, Map<Integer, double[]>> figures = new HashMap<>();
        private final Map<String, Integer> latestYear = new HashMap<>();
        private final Map<String, List<String>> neighbours = new HashMap<>();

        /** A place's figures for a year, by {@link PublishedColumn} order, NaN where not published. */
        public Builder add(Area area, int year, double[] values) {
            if (values.length != COLUMNS) {
                throw new IllegalArgumentException("a row holds " + COLUMNS + " figures");
            }
            // A place's name and region are those of its latest year.
            if (latestYear.getOrDefault(area.code(), Integer.MIN_VALUE) <= year) {
                areas.put(area.code(), area);
                latestYear.put(area.code(), year);
            }
            figures.computeIfAbsent(area.code(), c -> new HashMap<>()).put(year, Arrays.copyOf(values, COLUMNS));
            return this;
        }

        public Builder neighbours(String la, List<String> closestFirst) {
            neighbours.put(la, List.copyOf(closestFirst));
            return this;
        }

        public PublishedStatistics build() {
            Map<String, Map<Integer, double[]>> copy = new HashMap<>();
            figures.forEach((code, byYear) -> copy.put(code, Map.copyOf(byYear)));
            return new PublishedStatistics(areas, copy, neighbours);
        }
    }

    /** One place's figures for one year, by {@link PublishedColumn} order, NaN where not published. */
    public record Row(Area area, int year, double[] values) {
    }

    /** Every place-year, place by place and oldest first, as a file of them would be written. */
    public List<Row> allRows() {
        List<Row> out = new ArrayList<>();
        figures.keySet().stream().sorted().forEach(code -> figures.get(code).keySet().stream().sorted()
                .forEach(year -> out.add(new Row(areas.get(code), year, figures.get(code).get(year).clone()))));
        return out;
    }

    /** The places a list of codes names, in its order, leaving out codes not published. */
    public List<Area> areas(List<String> codes) {
        List<Area> out = new ArrayList<>();
        for (String code : codes) {
            area(code).ifPresent(out::add);
        }
        return out;
    }
}
