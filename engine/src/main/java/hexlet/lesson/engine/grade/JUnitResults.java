package hexlet.lesson.engine.grade;

import java.util.List;
import java.util.Map;

/**
 * A JUnit XML document as {@link VerdictPolicy} reads it.
 *
 * @param cases every test case, in document order
 * @param properties the {@code <property>} values of the test suites by name, such as the run's
 *     {@link ResultsConvention#SIGNATURE_PROPERTY}
 */
public record JUnitResults(List<JUnitTestCase> cases, Map<String, List<String>> properties) {
  public JUnitResults {
    cases = List.copyOf(cases);
    properties = Map.copyOf(properties);
  }
}
