package hexlet.lesson.engine.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Removes the containers that graders killed before they could clean up. A container is a leftover
 * when its owner ran on this machine and is gone, or when it belongs to another machine (or an
 * earlier boot) and has stopped or is older than a day. Containers of running graders are kept, and
 * so is every container without an owner label: course images carry the {@link ContainerOwner#MARK}
 * label, so a container someone started from one has it too, but no grader made it.
 */
public final class LeftoverReaper {
  private static final Duration FOREIGN_MAX_AGE = Duration.ofDays(1);

  private final ContainerRuntime runtime;
  private final ContainerOwner self;
  private final Predicate<ContainerOwner> runningHere;
  private final Clock clock;

  public LeftoverReaper(ContainerRuntime runtime, ContainerOwner self, Clock clock) {
    this(runtime, self, owner -> owner.isRunningHere(self), clock);
  }

  LeftoverReaper(
      ContainerRuntime runtime,
      ContainerOwner self,
      Predicate<ContainerOwner> runningHere,
      Clock clock) {
    this.runtime = runtime;
    this.self = self;
    this.runningHere = runningHere;
    this.clock = clock;
  }

  /** Removes every leftover and returns how many there were. */
  public int reap() {
    int removed = 0;
    for (LabelledContainer container : runtime.containers(ContainerOwner.OWNER)) {
      if (isLeftover(container)) {
        runtime.remove(container.id());
        removed++;
      }
    }
    return removed;
  }

  private boolean isLeftover(LabelledContainer container) {
    var owner = ContainerOwner.of(container.labels());
    boolean old = container.created().isBefore(clock.instant().minus(FOREIGN_MAX_AGE));
    if (owner.isEmpty()) {
      return old && container.labels().containsKey(ContainerOwner.MARK);
    }
    if (owner.get().equals(self)) {
      return false;
    }
    if (owner.get().bootId().equals(self.bootId())) {
      return !runningHere.test(owner.get());
    }
    return !container.running() || old;
  }
}
