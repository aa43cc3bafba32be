package hexlet.lesson.engine.run;

import hexlet.lesson.engine.grade.RunOutcome;
import java.util.Optional;

/**
 * A finished run.
 *
 * @param nonce the secret the run's results must carry, when the language's runner signs them
 */
public record SandboxRun(RunOutcome outcome, Optional<String> nonce) {}
