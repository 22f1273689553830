package org.caseloadplanner.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How much each case counts toward a weighted load: a weight for its type, plus extra for court work.
 * Weights are local policy; the raw count is always shown beside them.
 */
public record CaseWeights(Map<CaseType, Double> byType, Map<ComplexityModifier, Double> extra) {

    public static final double MAX_WEIGHT = 5;

    public CaseWeights {
        byType = Collections.unmodifiableMap(new EnumMap<>(byType));
        extra = Collections.unmodifiableMap(extra.isEmpty()
                ? new EnumMap<>(ComplexityModifier.class) : new EnumMap<>(extra));
    }

    /** Every type counts as one case; court work costs more (care proceedings +0.5, pre-proceedings +0.25). */
    public static CaseWeights defaults() {
        Map<CaseType, Double> types = new EnumMap<>(CaseType.class);
        for (CaseType t : CaseType.values()) {
            types.put(t, 1.0);
        }
        Map<ComplexityModifier, Double> court = new EnumMap<>(ComplexityModifier.class);
        court.put(ComplexityModifier.CARE_PROCEEDINGS, 0.5);
        court.put(ComplexityModifier.PRE_PROCEEDINGS, 0.25);
        return new CaseWeights(types, court);
    }

    public double weightOf(CaseType type, Set<ComplexityModifier> modifiers) {
        double w = byType.getOrDefault(type, 1.0);
        for (ComplexityModifier m : modifiers) {
            w += extra.getOrDefault(m, 0.0);
        }
        return w;
    }

    public double weightOf(Case c) {
        return weightOf(c.type(), c.modifiers());
    }

    public CaseWeights withType(CaseType type, double weight) {
        Map<CaseType, Double> types = new EnumMap<>(byType);
        types.put(type, weight);
        return new CaseWeights(types, extra);
    }

    public CaseWeights withExtra(ComplexityModifier modifier, double weight) {
        Map<ComplexityModifier, Double> court = new EnumMap<>(ComplexityModifier.class);
        court.putAll(extra);
        court.put(modifier, weight);
        return new CaseWeights(byType, court);
    }

    public void check() {
        Problems p = new Problems();
        byType.forEach((type, w) -> p.addIf(!(w > 0 && w <= MAX_WEIGHT), type.name(),
                type.label() + ": a weight is a number above 0 and at most 5."));
        extra.forEach((m, w) -> p.addIf(!(w >= 0 && w <= MAX_WEIGHT), m.name(),
                m.label() + ": extra weight is a number from 0 to 5."));
        p.throwIfAny();
    }
}
