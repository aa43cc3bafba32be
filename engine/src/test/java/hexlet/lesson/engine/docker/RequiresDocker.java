package hexlet.lesson.engine.docker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs a Docker engine. Without one, the class fails when CI=true and is
 * skipped elsewhere; after the class, it fails when a container of this test run or a leftover of a
 * dead grader, or a labelled volume, is still there. Other modules use it through the engine's
 * test-jar.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerRequirement.class)
public @interface RequiresDocker {}
