package hexlet.lesson.engine.run;

import hexlet.lesson.engine.grade.RunOutcome;
import java.util.Optional;

/**
 * A finished run.
 *
 * @param nonce the key, in hex, the run's results must be signed with, when the language's runner
 *     signs them
 */
public record SandboxRun(RunOutcome outcome, Optional<String> nonce) {}
