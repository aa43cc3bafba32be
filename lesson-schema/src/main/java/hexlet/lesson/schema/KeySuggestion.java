package hexlet.lesson.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed key an unknown one was probably meant to be, by edit distance. */
final class KeySuggestion {
  private KeySuggestion() {}

  static Optional<String> closest(String unknown, Collection<String> allowed) {
    String typed = normalise(unknown);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int distance = distance(typed, normalise(candidate));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int tolerated = Math.max(1, Math.min(3, typed.length() / 3));
    if (bestDistance <= tolerated) {
      return Optional.of(best);
    }
    // A shortened or lengthened key ("exercise_test_file") is still recognisable.
    return allowed.stream()
        .filter(c -> typed.length() >= 4 && normalise(c).length() >= 4)
        .filter(c -> normalise(c).startsWith(typed) || typed.startsWith(normalise(c)))
        .findFirst();
  }

  /** Case and the choice between hyphen and underscore are not worth a typo each. */
  private static String normalise(String key) {
    return key.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /** Damerau-Levenshtein (optimal string alignment): a swap of two letters costs one edit. */
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
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
