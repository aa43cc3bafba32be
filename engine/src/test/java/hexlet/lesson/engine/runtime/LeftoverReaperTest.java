package hexlet.lesson.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeftoverReaperTest {
  private static final ContainerOwner SELF = new ContainerOwner("boot-a", 100, 1_000);
  private static final ContainerOwner LIVE_PEER = new ContainerOwner("boot-a", 200, 2_000);
  private static final ContainerOwner DEAD_PEER = new ContainerOwner("boot-a", 300, 3_000);
  private static final ContainerOwner OTHER_MACHINE = new ContainerOwner("boot-b", 400, 4_000);

  private final FakeRuntime runtime =
      new FakeRuntime()
          .addImage("img", new ImageInfo("sha256:img", "/", Map.of(), Map.of()))
          .program(c -> FakeRuntime.Result.hanging());
  private final Clock clock = Clock.fixed(Instant.now().plusSeconds(60), ZoneOffset.UTC);
  private final LeftoverReaper reaper =
      new LeftoverReaper(runtime, SELF, owner -> owner.equals(LIVE_PEER), clock);

  @Test
  void removesOnlyTheContainersOfDeadGraders() {
    String mine = create(SELF);
    String peer = create(LIVE_PEER);
    String dead = create(DEAD_PEER);
    String foreignRunning = create(OTHER_MACHINE);
    runtime.start(foreignRunning);

    int removed = reaper.reap();

    assertThat(removed).isEqualTo(1);
    assertThat(runtime.existing())
        .extracting(FakeRuntime.Container::id)
        .containsExactlyInAnyOrder(mine, peer, foreignRunning)
        .doesNotContain(dead);
  }

  @Test
  void aStoppedContainerOfAnotherBootIsALeftover() {
    create(OTHER_MACHINE);

    assertThat(reaper.reap()).isEqualTo(1);
    assertThat(runtime.existing()).isEmpty();
  }

  @Test
  void aContainerThatNoGraderCreatedIsNeverALeftover() {
    String started =
        runtime.create(
            new ContainerSpec(
                "img",
                List.of("/bin/sh"),
                Map.of(),
                "/",
                "0:0",
                Map.of(ContainerOwner.MARK, "1", "hexlet-lesson.context", "abc"),
                new Sandbox(1, 1, 1, Map.of(), 1, 1)));
    var later = Clock.fixed(Instant.now().plus(java.time.Duration.ofDays(3)), ZoneOffset.UTC);

    int removed = new LeftoverReaper(runtime, SELF, owner -> false, later).reap();

    assertThat(removed).as("a course image's labels reach every container made from it").isZero();
    assertThat(runtime.existing()).extracting(FakeRuntime.Container::id).containsExactly(started);
  }

  @Test
  void ownerLabelsRoundTrip() {
    var owner = ContainerOwner.current();

    assertThat(ContainerOwner.of(owner.labels())).contains(owner);
    assertThat(owner.isRunningHere(owner)).isTrue();
    assertThat(ContainerOwner.of(Map.of(ContainerOwner.OWNER, "junk"))).isEmpty();
  }

  private String create(ContainerOwner owner) {
    return runtime.create(
        new ContainerSpec(
            "img",
            List.of("/bin/sh"),
            Map.of(),
            "/",
            "65534:65534",
            owner.labels(),
            new Sandbox(1, 1, 1, Map.of(), 1, 1)));
  }
}
