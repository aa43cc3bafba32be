package hexlet.lesson.junit;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** A listener a course library might try to register through ServiceLoader; counts its calls. */
public class SpyListener implements TestExecutionListener {
  static final AtomicInteger calls = new AtomicInteger();

  @Override
  public void executionStarted(TestIdentifier testIdentifier) {
    calls.incrementAndGet();
  }
}
