package org.caseloadplanner.cli;

import java.util.List;
import java.util.Optional;

/** The name someone probably meant when they mistyped one, or none when nothing is close. */
final class NearestName {

    private NearestName() {
    }

    /** The first candidate a slip of one or two keys away (or that the word begins), in the order given. */
    static Optional<String> to(String typed, List<String> candidates) {
        String word = typed.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(1, bare(word).length() / 3);
        return candidates.stream()
                .filter(c -> distance(word, c.toLowerCase(java.util.Locale.ROOT)) <= allowed
                        || bare(word).length() >= 3 && c.startsWith(word))
                .findFirst();
    }

    private static String bare(String word) {
        return word.replaceFirst("^-+", "");
    }

    /** Edits (a key added, left out, changed, or two keys swapped) that turn one word into the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
