/**
 * Images, container runs, grading, reports and course checks. Docker is reached only through the
 * {@code ContainerRuntime} port; the docker-java adapter is the only code that knows docker-java.
 */
package hexlet.lesson.engine;
