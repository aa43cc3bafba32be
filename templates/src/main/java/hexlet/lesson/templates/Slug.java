package hexlet.lesson.templates;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a human name into the slug of a folder name: lowercase ASCII words joined by hyphens.
 * Accents are dropped ("Wörld" gives "world"), Cyrillic is transliterated ("Привет" gives
 * "privet"), letters that decompose into nothing ASCII are spelled out where there is a usual
 * spelling (ß, æ, ø, ...) and dropped otherwise.
 */
public final class Slug {
  private static final Map<Character, String> SPELLED =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('ø', "o"),
          Map.entry('ł', "l"),
          Map.entry('đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('þ', "th"),
          Map.entry('ı', "i"),
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "i"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "iu"),
          Map.entry('я', "ia"),
          Map.entry('і', "i"),
          Map.entry('ї', "i"),
          Map.entry('є', "ie"),
          Map.entry('ґ', "g"));

  private Slug() {}

  /** The slug of {@code name}; empty when nothing of it can be written in ASCII. */
  public static String of(String name) {
    StringBuilder spelled = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      String replacement = SPELLED.get(c);
      spelled.append(replacement != null ? replacement : String.valueOf(c));
    }
    String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
