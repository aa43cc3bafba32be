package hexlet.lesson.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.engine.image.CourseCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The test names of each lesson's passing reference run, kept in the course's cache folder so a
 * grade does not rerun the reference every time. An entry counts only for the exact image, test
 * command, lesson limits and lesson files (reference solution included) it was made with; limits
 * given on the command line for a grade do not change the lesson's tests.
 */
public final class ExpectedTests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CourseCache cache;

  public ExpectedTests(CourseCache cache) {
    this.cache = cache;
  }

  public Optional<Set<String>> load(LessonSetup setup) {
    Path file = file(setup);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      if (!key(setup).equals(node.path("key").asText())) {
        return Optional.empty();
      }
      Set<String> names = new LinkedHashSet<>();
      node.path("tests").forEach(n -> names.add(n.asText()));
      return names.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(names));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public void store(LessonSetup setup, Set<String> names) {
    Path file = file(setup);
    try {
      var node = JSON.createObjectNode();
      node.put("lesson", setup.lessonId());
      node.put("key", key(setup));
      var tests = node.putArray("tests");
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(null);
      sorted.forEach(tests::add);
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      JSON.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), node);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(LessonSetup setup) {
    return cache.file(
        "expected/" + setup.lesson().moduleName() + "/" + setup.lesson().name() + ".json");
  }

  static String key(LessonSetup setup) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    update(digest, setup.image().id());
    update(digest, setup.testCommand());
    update(digest, setup.config().limits().toString());
    update(digest, setup.config().results().orElse(""));
    for (SandboxFile file : setup.lessonFiles()) {
      update(digest, file.path());
      digest.update(file.content());
    }
    for (SandboxFile file : setup.support().supportFiles()) {
      update(digest, file.path());
      digest.update(file.content());
    }
    if (Files.isRegularFile(setup.referencePath())) {
      setup.reference().forEach(f -> digest.update(f.content()));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
