package hexlet.lesson.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Mustache templates of one language, as a course sees them. A template is found by its
 * relative name, such as {@code lesson/{locale}/README.md}, in this order: the course's own {@code
 * .hexlet-lesson/templates/<name>.mustache}, the language's built-in set, the built-in set shared
 * by all languages. A name with {@code {locale}} is looked up for the wanted locale first, then for
 * {@value #FALLBACK_LOCALE}, so a course in any locale gets a text to translate.
 */
public final class TemplateSet {
  /** Where a course keeps the templates that replace the built-in ones. */
  public static final String OVERRIDE_FOLDER = ".hexlet-lesson/templates";

  public static final String FALLBACK_LOCALE = "en";
  static final String RESOURCES = "hexlet/lesson/templates/";
  static final String SHARED_SET = "common";
  static final String SUFFIX = ".mustache";

  private final Language language;
  private final Path overrides;
  private final MustacheFactory mustache = new RawMustacheFactory();

  /**
   * @param courseRoot the course whose overrides apply; templates of a course being created come
   *     only from the built-in sets
   */
  public TemplateSet(Language language, Optional<Path> courseRoot) {
    this.language = language;
    this.overrides = courseRoot.map(r -> r.resolve(OVERRIDE_FOLDER)).orElse(null);
  }

  public Language language() {
    return language;
  }

  /** A template's text and where it came from, for the plan a dry run prints. */
  public record Source(String text, String origin) {}

  /** Renders the template {@code name} for {@code locale} with the given values. */
  public Rendered render(String name, String locale, Map<String, Object> values) {
    Source source = find(name, locale);
    var writer = new StringWriter();
    mustache.compile(new StringReader(source.text()), source.origin()).execute(writer, values);
    return new Rendered(writer.toString(), source.origin());
  }

  /** The rendered text of a template and the template it came from. */
  public record Rendered(String text, String origin) {}

  Source find(String name, String locale) {
    List<String> candidates = new ArrayList<>();
    candidates.add(name.replace("{locale}", locale));
    if (name.contains("{locale}") && !locale.equals(FALLBACK_LOCALE)) {
      candidates.add(name.replace("{locale}", FALLBACK_LOCALE));
    }
    for (String candidate : candidates) {
      Optional<Source> found =
          override(candidate)
              .or(() -> resource(language.id(), candidate))
              .or(() -> resource(SHARED_SET, candidate));
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new ToolException(
        ToolException.Kind.INTERNAL,
        "no template '" + name + "' for " + language.id() + " in locale " + locale);
  }

  private Optional<Source> override(String name) {
    if (overrides == null) {
      return Optional.empty();
    }
    Path file = overrides.resolve(name + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Source(Files.readString(file), OVERRIDE_FOLDER + "/" + name + SUFFIX));
    } catch (IOException e) {
      throw ToolException.invalidInput(file + ": cannot read the template: " + e.getMessage());
    }
  }

  private static Optional<Source> resource(String set, String name) {
    String path = RESOURCES + set + "/" + name + SUFFIX;
    try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Source(
              new String(in.readAllBytes(), StandardCharsets.UTF_8),
              "built-in " + set + "/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Mustache without HTML escaping: the templates write YAML, Markdown and code, not HTML. */
  private static final class RawMustacheFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
