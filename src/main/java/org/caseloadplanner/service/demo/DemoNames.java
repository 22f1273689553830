package org.caseloadplanner.service.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Fictional names for the demo council's workers, never the same twice. */
final class DemoNames {

    private static final List<String> FIRST = List.of("Amy", "Ben", "Chloe", "Daniel", "Eleanor", "Faisal",
            "Grace", "Harpreet", "Isla", "James", "Kemi", "Liam", "Maya", "Nathan", "Olivia", "Priya", "Quentin",
            "Rachel", "Samir", "Tasha", "Usman", "Vicky", "Wesley", "Yasmin", "Zara", "Aidan", "Bethany", "Callum",
            "Deborah", "Emeka", "Fiona", "Gareth", "Hannah", "Imran", "Joanne", "Kieran", "Leah", "Marcus",
            "Niamh", "Owen", "Paige", "Rhys", "Sophie", "Tom", "Uzma", "Vanessa", "Will", "Abena", "Ciaran");
    private static final List<String> LAST = List.of("Clarke", "Patel", "Hughes", "Okafor", "Bennett", "Khan",
            "Walsh", "Morgan", "Ahmed", "Fletcher", "Osei", "Turner", "Reid", "Sandhu", "Lloyd", "Barker",
            "Mensah", "Doyle", "Chowdhury", "Price", "Gallagher", "Evans", "Nowak", "Brooks", "Hussain", "Quinn",
            "Adeyemi", "Foster", "Kaur", "Marsh", "Rahman", "Stewart", "Whitfield", "Yildiz", "Carver", "Dunne");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    String next() {
        while (true) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            if (used.add(name)) {
                return name;
            }
        }
    }
}
