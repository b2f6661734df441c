package dev.iptvbridge.embedded.config;

import java.util.Collection;
import java.util.Locale;

/** The nearest known name to a misspelt one, for a "did you mean" hint; nothing when none is near. */
final class DidYouMean {

    private DidYouMean() {
    }

    /** {@code ": did you mean X?"}-style hint, or an empty string when no candidate is within a few edits. */
    static String among(String wrong, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the name may be wrong; beyond that a guess misleads more than it helps.
        return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? " (did you mean " + best + "?)" : "";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
