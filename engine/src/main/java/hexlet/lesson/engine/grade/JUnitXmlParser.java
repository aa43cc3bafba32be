package hexlet.lesson.engine.grade;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the JUnit XML written by pytest ({@code --junitxml}), the JUnit Platform's XML reporter and
 * node's {@code junit} test reporter into one {@link TestResult} per {@code <testcase>}.
 *
 * <p><b>Test names.</b> A test is named {@code classname.name}, the JUnit convention that CI test
 * tabs show: {@code test_solution.test_returns_greeting}, {@code
 * test_solution.TestGreeting.test_upper[abc]}, {@code hexlet.GreetingTest.returnsGreeting()}. The
 * classname is left out when it is empty (pytest's collection errors) or is node's constant {@code
 * test}. Test suites that group tests (node's {@code describe} blocks) come first, joined by {@code
 * " > "}: {@code greet > nested > returns a greeting}. Suite names are left out when there is a
 * single top-level suite (it names the tool: {@code pytest}, {@code JUnit Jupiter}) and when a
 * suite is named like the test's class. The same tests therefore get the same names in every run.
 *
 * <p><b>Statuses.</b> A test case with an {@code <error>} is {@code error}, with a {@code
 * <failure>} is {@code fail}, and with {@code <skipped>} is {@code fail} too: a test that did not
 * run did not pass, whoever skipped it. Its message is the text of those elements (pytest's
 * traceback, the JUnit stack trace), or their {@code message} attribute when they have no text; its
 * output is {@code <system-out>} then {@code <system-err>} without the reporters' banner lines.
 *
 * <p><b>Hostile input.</b> Results can come from a run of untrusted code, so a DOCTYPE is refused
 * (no external entities, no entity expansion), the document is capped at {@link #MAX_CHARS}
 * characters, {@link #MAX_TESTS} test cases and {@link #MAX_DEPTH} nested elements, each message
 * and output is cut at {@link #MAX_TEXT} characters, and a test named twice makes the whole
 * document invalid. Control characters that XML 1.0 forbids are shown as {@code \x07} instead of
 * failing the parse, since runners copy test output into the document as it is.
 */
public final class JUnitXmlParser {
  /** The largest document read, in characters. */
  public static final int MAX_CHARS = 8 << 20;

  /** The most test cases one document may hold. */
  public static final int MAX_TESTS = 10_000;

  /** The deepest element nesting accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest message or output kept per test, in characters. */
  public static final int MAX_TEXT = 16 * 1024;

  static final String TRUNCATED = "\n[... cut at " + MAX_TEXT + " characters]";

  private static final String NODE_CLASSNAME = "test";
  private static final Pattern BANNER_LINE =
      Pattern.compile(
          "(?m)^(?:-{3,} Captured (?:Log|Out|Err) -{3,}|unique-id: \\[engine:.*|display-name: .*)$");

  private final XMLInputFactory factory;

  public JUnitXmlParser() {
    factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** The results of every test case, in document order. */
  public List<TestResult> parse(String xml) throws InvalidResultsException {
    return read(xml).cases().stream().map(JUnitTestCase::result).toList();
  }

  /**
   * Like {@link #parse}, keeping what the verdict needs beyond the results: the type and message of
   * each test's error or failure, whether it was skipped, and the test suites' properties.
   */
  public JUnitResults read(String xml) throws InvalidResultsException {
    if (xml.length() > MAX_CHARS) {
      throw new InvalidResultsException(
          "the results are larger than " + (MAX_CHARS >> 20) + " MiB");
    }
    Walk walk;
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(visible(xml)));
      try {
        walk = new Walk(reader);
        walk.run();
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      String where =
          e.getLocation() == null
              ? ""
              : "line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ": ";
      throw new InvalidResultsException(
          "the results are not well-formed XML: " + where + xmlProblem(e), e);
    }
    return new JUnitResults(name(walk.cases), walk.properties);
  }

  private static String xmlProblem(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int detail = message.indexOf("Message: ");
    return (detail >= 0 ? message.substring(detail + "Message: ".length()) : message).strip();
  }

  /** Replaces the characters XML 1.0 forbids with a visible escape such as {@code \x1B}. */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed;
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (allowed) {
        if (out != null) {
          out.append(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format("\\x%02X", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static List<JUnitTestCase> name(List<RawCase> raw) throws InvalidResultsException {
    boolean singleTopSuite =
        raw.stream().noneMatch(c -> c.suites.isEmpty())
            && raw.stream().map(c -> c.topSuiteIndex).distinct().count() == 1;
    Set<String> seen = new HashSet<>();
    List<JUnitTestCase> cases = new ArrayList<>(raw.size());
    for (RawCase c : raw) {
      List<String> parts = new ArrayList<>();
      List<String> suites = singleTopSuite ? c.suites.subList(1, c.suites.size()) : c.suites;
      for (String suite : suites) {
        if (!suite.isBlank() && !suite.equals(c.classname)) {
          parts.add(suite);
        }
      }
      boolean plainName = c.classname.isEmpty() || c.classname.equals(NODE_CLASSNAME);
      parts.add(plainName ? c.name : c.classname + "." + c.name);
      String name = String.join(" > ", parts);
      if (!seen.add(name)) {
        throw new InvalidResultsException("the results list the test \"" + name + "\" twice");
      }
      cases.add(
          new JUnitTestCase(
              new TestResult(name, c.status(), c.message(), c.output(), c.durationMs),
              c.problemType,
              c.problemMessage,
              c.skipped()));
    }
    return cases;
  }

  /** One pass over the document, collecting test cases with the names of their suites. */
  private static final class Walk {
    private final XMLStreamReader reader;
    private final Deque<String> suites = new ArrayDeque<>();
    private final List<RawCase> cases = new ArrayList<>();
    private final Map<String, List<String>> properties = new LinkedHashMap<>();
    private int depth;
    private int topSuites;
    private RawCase current;
    private int currentDepth;
    private Text text;
    private int textDepth;

    Walk(XMLStreamReader reader) {
      this.reader = reader;
    }

    void run() throws XMLStreamException, InvalidResultsException {
      boolean rootSeen = false;
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.DTD ->
              throw new InvalidResultsException("the results declare a DOCTYPE, which is refused");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new InvalidResultsException(
                  "the results use the undeclared entity &" + reader.getLocalName() + ";");
          case XMLStreamConstants.START_ELEMENT -> {
            if (!rootSeen) {
              rootSeen = true;
              String root = reader.getLocalName();
              if (!root.equals("testsuites") && !root.equals("testsuite")) {
                throw new InvalidResultsException(
                    "the results start with <" + root + ">, not <testsuites> or <testsuite>");
              }
            }
            start();
          }
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (text != null) {
              text.append(reader.getText());
            }
          }
          default -> {}
        }
      }
      if (!rootSeen) {
        throw new InvalidResultsException("the results hold no XML element");
      }
    }

    private void start() throws InvalidResultsException {
      depth++;
      if (depth > MAX_DEPTH) {
        throw new InvalidResultsException(
            "the results nest elements deeper than " + MAX_DEPTH + " levels");
      }
      String element = reader.getLocalName();
      if (current == null) {
        if (element.equals("testsuite")) {
          if (suites.isEmpty()) {
            topSuites++;
          }
          suites.addLast(attribute("name"));
        } else if (element.equals("testcase")) {
          startCase();
        } else if (element.equals("property") && !suites.isEmpty()) {
          properties
              .computeIfAbsent(attribute("name"), name -> new ArrayList<>())
              .add(attribute("value"));
        }
        return;
      }
      if (text == null && depth == currentDepth + 1) {
        text = current.textFor(element, attribute("type"), attribute("message"));
        textDepth = depth;
      }
    }

    private void startCase() throws InvalidResultsException {
      if (cases.size() == MAX_TESTS) {
        throw new InvalidResultsException(
            "the results hold more than " + MAX_TESTS + " test cases");
      }
      String name = attribute("name");
      if (name.isBlank()) {
        throw new InvalidResultsException(
            "a <testcase> at line " + reader.getLocation().getLineNumber() + " has no name");
      }
      current =
          new RawCase(
              List.copyOf(suites),
              topSuites,
              attribute("classname"),
              name,
              durationMs(attribute("time")));
      currentDepth = depth;
    }

    private void end() {
      String element = reader.getLocalName();
      if (text != null && depth == textDepth) {
        text = null;
      }
      if (current != null && depth == currentDepth) {
        cases.add(current);
        current = null;
      } else if (current == null && element.equals("testsuite") && !suites.isEmpty()) {
        suites.removeLast();
      }
      depth--;
    }

    private String attribute(String name) {
      String value = reader.getAttributeValue(null, name);
      return value == null ? "" : value;
    }
  }

  private static long durationMs(String seconds) {
    try {
      double value = Double.parseDouble(seconds.strip());
      if (!(value > 0) || Double.isInfinite(value)) {
        return 0;
      }
      return Math.round(Math.min(value, 1e9) * 1000);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A bounded text buffer: what a test's problem or output element says. */
  private static final class Text {
    private final StringBuilder buffer = new StringBuilder();
    private boolean cut;

    void append(String chunk) {
      int room = MAX_TEXT - buffer.length();
      if (chunk.length() > room) {
        buffer.append(chunk, 0, Math.max(room, 0));
        cut = true;
      } else {
        buffer.append(chunk);
      }
    }

    String value() {
      return buffer + (cut ? TRUNCATED : "");
    }
  }

  /** A test case as written, before it is named. */
  private static final class RawCase {
    final List<String> suites;
    final int topSuiteIndex;
    final String classname;
    final String name;
    final long durationMs;
    final List<Problem> problems = new ArrayList<>();
    final Text out = new Text();
    final Text err = new Text();
    String problemType = "";
    String problemMessage = "";

    RawCase(List<String> suites, int topSuiteIndex, String classname, String name, long ms) {
      this.suites = suites;
      this.topSuiteIndex = topSuiteIndex;
      this.classname = classname;
      this.name = name;
      this.durationMs = ms;
    }

    Text textFor(String element, String type, String message) {
      switch (element) {
        case "failure", "error", "skipped" -> {
          var problem = new Problem(element, message, new Text());
          if (problems.isEmpty() && !element.equals("skipped")) {
            problemType = type;
            problemMessage = message;
          }
          problems.add(problem);
          return problem.text;
        }
        case "system-out" -> {
          return out;
        }
        case "system-err" -> {
          return err;
        }
        default -> {
          return null;
        }
      }
    }

    boolean skipped() {
      return !problems.isEmpty() && problems.stream().allMatch(p -> p.element.equals("skipped"));
    }

    TestStatus status() {
      if (problems.stream().anyMatch(p -> p.element.equals("error"))) {
        return TestStatus.ERROR;
      }
      return problems.isEmpty() ? TestStatus.PASS : TestStatus.FAIL;
    }

    String message() {
      List<String> messages = new ArrayList<>();
      for (Problem p : problems) {
        String text = p.text.value().strip();
        if (p.element.equals("skipped")) {
          String reason = p.message.isBlank() || p.message.equals("true") ? text : p.message;
          messages.add(
              "This test was skipped" + (reason.isBlank() ? "" : ": " + reason.strip()) + ".");
        } else {
          messages.add(text.isEmpty() ? p.message.strip() : text);
        }
      }
      return String.join("\n\n", messages);
    }

    String output() {
      String both =
          (BANNER_LINE.matcher(out.value()).replaceAll("").strip()
                  + "\n"
                  + BANNER_LINE.matcher(err.value()).replaceAll("").strip())
              .strip();
      return both.replaceAll("\n{3,}", "\n\n");
    }
  }

  private record Problem(String element, String message, Text text) {}
}
