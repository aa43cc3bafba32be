package hexlet.lesson.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import hexlet.lesson.yaml.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates YAML trees against the course schemas with networknt's json-schema-validator, and turns
 * its messages into {@link SchemaViolation}s that say what to do. Each schema is compiled once; an
 * instance is safe to share between threads.
 */
public final class CourseSchemas {
  private static final String BASE = "classpath:schemas/";

  /** Referenced from spec.json and lesson.json rather than validated on its own. */
  private static final String GRADING = "grading.json";

  private final Map<CourseSchema, JsonSchema> compiled = new EnumMap<>(CourseSchema.class);
  private final Map<String, JsonNode> raw = new HashMap<>();

  public CourseSchemas() {
    var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    var config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .build();
    var mapper = new ObjectMapper();
    for (CourseSchema schema : CourseSchema.values()) {
      JsonSchema json = factory.getSchema(SchemaLocation.of(BASE + schema.file()), config);
      json.initializeValidators();
      compiled.put(schema, json);
    }
    for (String file :
        List.of(
            "spec.json",
            "course-description.json",
            "module-description.json",
            "lesson-data.json",
            "lesson.json",
            "grading.json")) {
      raw.put(file, read(mapper, file));
    }
  }

  private static JsonNode read(ObjectMapper mapper, String file) {
    try (InputStream in = CourseSchemas.class.getResourceAsStream("/schemas/" + file)) {
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("schema " + file + " is missing from the build", e);
    }
  }

  /** Every violation of {@code schema} by {@code root}, in document order of their pointers. */
  public List<SchemaViolation> check(CourseSchema schema, JsonNode root) {
    Set<ValidationMessage> messages = compiled.get(schema).validate(root);
    List<SchemaViolation> violations = new ArrayList<>();
    for (ValidationMessage message : messages) {
      violations.add(violation(message, root));
    }
    violations.sort(
        Comparator.comparing(SchemaViolation::pointer).thenComparing(SchemaViolation::message));
    return violations.stream().distinct().collect(Collectors.toList());
  }

  private SchemaViolation violation(ValidationMessage message, JsonNode root) {
    String at = message.getInstanceLocation().toString();
    JsonNode keyword = schemaNode(message);
    JsonNode owner = schemaOwner(message);
    JsonNode instance = root.at(at);
    return switch (message.getType()) {
      case "additionalProperties" -> unknownKey(at, message.getProperty(), owner);
      case "required" ->
          new SchemaViolation(
              SchemaViolation.Kind.MISSING_KEY,
              at,
              "missing required key '%s'%s".formatted(message.getProperty(), in(at)));
      case "type" ->
          new SchemaViolation(
              SchemaViolation.Kind.WRONG_TYPE,
              at,
              "%s must be %s, not %s".formatted(subject(at), expected(keyword), actual(instance)));
      case "minLength" ->
          new SchemaViolation(
              SchemaViolation.Kind.INVALID_VALUE, at, subject(at) + " must not be empty");
      case "minimum" ->
          new SchemaViolation(
              SchemaViolation.Kind.INVALID_VALUE,
              at,
              "%s must be %s or more%s".formatted(subject(at), keyword.asText(), hint(owner)));
      case "exclusiveMinimum" ->
          new SchemaViolation(
              SchemaViolation.Kind.INVALID_VALUE,
              at,
              "%s must be more than %s%s".formatted(subject(at), keyword.asText(), hint(owner)));
      case "pattern" ->
          new SchemaViolation(
              SchemaViolation.Kind.INVALID_VALUE,
              at,
              "'%s' is not valid for %s%s".formatted(instance.asText(), subject(at), hint(owner)));
      default ->
          new SchemaViolation(
              SchemaViolation.Kind.INVALID_VALUE, at, subject(at) + ": " + message.getError());
    };
  }

  private static SchemaViolation unknownKey(String at, String key, JsonNode owner) {
    List<String> allowed = new ArrayList<>();
    owner.path("properties").fieldNames().forEachRemaining(allowed::add);
    String pointer = YamlDocument.child(at, key);
    String message =
        KeySuggestion.closest(key, allowed)
            .map(s -> "unknown key '%s'%s; did you mean '%s'?".formatted(key, in(at), s))
            .orElseGet(
                () ->
                    allowed.isEmpty()
                        ? "unknown key '%s'%s".formatted(key, in(at))
                        : "unknown key '%s'%s; allowed keys: %s"
                            .formatted(key, in(at), String.join(", ", allowed)));
    return new SchemaViolation(SchemaViolation.Kind.UNKNOWN_KEY, pointer, message);
  }

  /** The value of the keyword that failed, such as the {@code type} array. */
  private JsonNode schemaNode(ValidationMessage message) {
    return locate(message.getSchemaLocation());
  }

  /** The schema object holding the keyword that failed, such as the one with {@code type}. */
  private JsonNode schemaOwner(ValidationMessage message) {
    return locate(
        message.getSchemaLocation().getFragment().getParent(), message.getSchemaLocation());
  }

  private JsonNode locate(SchemaLocation location) {
    return locate(location.getFragment(), location);
  }

  private JsonNode locate(JsonNodePath fragment, SchemaLocation location) {
    String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
    String file = iri.substring(iri.lastIndexOf('/') + 1);
    JsonNode node = raw.getOrDefault(file, MissingNode.getInstance());
    for (int i = 0; i < fragment.getNameCount(); i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  private static String hint(JsonNode owner) {
    String description = owner.path("description").asText("");
    return description.isEmpty() ? "" : "; " + description;
  }

  /** How a location reads in a message: {@code 'language.name'}, or "the file" for the root. */
  static String subject(String pointer) {
    return pointer.isEmpty() ? "the file" : "'" + dotted(pointer) + "'";
  }

  private static String in(String pointer) {
    return pointer.isEmpty() ? "" : " in '" + dotted(pointer) + "'";
  }

  static String dotted(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }

  private static String expected(JsonNode type) {
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(typeName(t.asText())));
      return String.join(" or ", names);
    }
    return typeName(type.asText());
  }

  private static String typeName(String type) {
    return switch (type) {
      case "object" -> "a mapping of keys";
      case "array" -> "a list";
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "null" -> "empty";
      default -> type;
    };
  }

  private static String actual(JsonNode node) {
    if (node.isMissingNode()) {
      return "empty";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "a mapping";
      case ARRAY -> "a list";
      case STRING -> "text";
      case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number";
      case BOOLEAN -> "true or false";
      case NULL -> "empty";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
