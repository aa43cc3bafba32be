package hexlet.lesson.engine.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a course bundle holds, written as its first entry, {@code manifest.json}: where the course
 * and image come from, the test set of each lesson's reference run (so a bundle without reference
 * solutions can still judge a submission), and the size and SHA-256 of every other entry.
 *
 * @param courseName the course folder's name when it was packaged
 * @param courseCommit the course repository's commit, when it was a git checkout
 * @param courseDirty whether the course had changes not committed when it was packaged
 * @param withSolutions whether the reference solutions are in the bundle
 * @param imageId the course image's id, {@code sha256:...}; the same after {@code docker load}
 * @param imageTag the tag the image is saved and loaded under
 * @param expectedTests each lesson's id and the names of its reference run's tests
 * @param entries every entry after the manifest, in bundle order
 */
public record BundleManifest(
    int formatVersion,
    String toolVersion,
    Instant createdAt,
    String courseName,
    Optional<String> courseCommit,
    boolean courseDirty,
    boolean withSolutions,
    String imageId,
    String imageTag,
    Map<String, List<String>> expectedTests,
    List<Entry> entries) {

  public static final String FORMAT = "hexlet-lesson-bundle";
  public static final int FORMAT_VERSION = 1;
  public static final String MANIFEST = "manifest.json";
  public static final String IMAGE = "image.tar";
  public static final String COURSE = "course/";

  /** Large enough for a course of thousands of lessons; a bigger one is not a manifest. */
  static final int MAX_BYTES = 16 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern IMAGE_ID = Pattern.compile("sha256:[0-9a-f]{64}");

  /**
   * One file of the bundle.
   *
   * @param path its name in the bundle: {@code image.tar} or {@code course/<path in the course>}
   * @param executable whether the file keeps its executable bit when extracted
   */
  public record Entry(String path, long size, String sha256, boolean executable) {}

  public BundleManifest {
    expectedTests = Map.copyOf(expectedTests);
    entries = List.copyOf(entries);
  }

  public Optional<Entry> entry(String path) {
    return entries.stream().filter(e -> e.path().equals(path)).findFirst();
  }

  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("format_version", formatVersion);
    root.put("tool_version", toolVersion);
    root.put("created_at", createdAt.toString());
    ObjectNode course = root.putObject("course");
    course.put("name", courseName);
    course.put("commit", courseCommit.orElse(null));
    course.put("dirty", courseDirty);
    course.put("with_solutions", withSolutions);
    ObjectNode image = root.putObject("image");
    image.put("id", imageId);
    image.put("tag", imageTag);
    ArrayNode lessons = root.putArray("lessons");
    expectedTests.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              ObjectNode lesson = lessons.addObject();
              lesson.put("id", e.getKey());
              ArrayNode tests = lesson.putArray("expected_tests");
              e.getValue().stream().sorted().forEach(tests::add);
            });
    ArrayNode list = root.putArray("entries");
    for (Entry entry : entries) {
      ObjectNode e = list.addObject();
      e.put("path", entry.path());
      e.put("size", entry.size());
      e.put("sha256", entry.sha256());
      e.put("executable", entry.executable());
    }
    try {
      return JSON.writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root)
          .concat("\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a manifest, refusing one that is not well-formed, names an entry unsafely or twice, or
   * lacks the image.
   *
   * @param source the bundle, for messages
   */
  public static BundleManifest parse(byte[] json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw refused(source, "manifest.json is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw refused(source, "manifest.json cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw refused(source, "manifest.json is not a hexlet-lesson bundle manifest");
    }
    int version = root.path("format_version").asInt(-1);
    if (version < 1 || version > FORMAT_VERSION) {
      throw refused(
          source,
          "bundle format version "
              + root.path("format_version")
              + " is not supported by this hexlet-lesson (it reads version "
              + FORMAT_VERSION
              + "): use a newer hexlet-lesson");
    }
    JsonNode course = root.path("course");
    JsonNode image = root.path("image");
    String imageId = image.path("id").asText("");
    if (!IMAGE_ID.matcher(imageId).matches()) {
      throw refused(source, "manifest.json: image.id '" + imageId + "' is not an image id");
    }
    String imageTag = image.path("tag").asText("");
    Instant created;
    try {
      created = Instant.parse(root.path("created_at").asText(""));
    } catch (DateTimeParseException e) {
      throw refused(source, "manifest.json: created_at is not a time");
    }
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (JsonNode lesson : root.path("lessons")) {
      List<String> tests = new ArrayList<>();
      lesson.path("expected_tests").forEach(t -> tests.add(t.asText()));
      String id = lesson.path("id").asText("");
      if (id.isEmpty() || tests.isEmpty() || expected.put(id, List.copyOf(tests)) != null) {
        throw refused(source, "manifest.json: lesson '" + id + "' is empty or listed twice");
      }
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode node : root.path("entries")) {
      String path = node.path("path").asText("");
      String problem = BundlePaths.problem(path);
      if (problem != null) {
        throw refused(source, "manifest.json: entry '" + path + "': " + problem);
      }
      if (!seen.add(path)) {
        throw refused(source, "manifest.json: entry '" + path + "' is listed twice");
      }
      String sha = node.path("sha256").asText("");
      long size = node.path("size").asLong(-1);
      if (!SHA256.matcher(sha).matches() || size < 0) {
        throw refused(source, "manifest.json: entry '" + path + "' lacks a size or a SHA-256");
      }
      entries.add(new Entry(path, size, sha, node.path("executable").asBoolean(false)));
    }
    if (!seen.contains(IMAGE)) {
      throw refused(source, "manifest.json lists no image.tar");
    }
    JsonNode commit = course.path("commit");
    return new BundleManifest(
        version,
        root.path("tool_version").asText(""),
        created,
        course.path("name").asText(""),
        commit.isTextual() ? Optional.of(commit.asText()) : Optional.empty(),
        course.path("dirty").asBoolean(false),
        course.path("with_solutions").asBoolean(false),
        imageId,
        imageTag,
        expected,
        entries);
  }

  static ToolException refused(String source, String why) {
    return ToolException.invalidInput(source + ": refused: " + why);
  }
}
