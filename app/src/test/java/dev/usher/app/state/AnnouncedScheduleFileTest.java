package dev.usher.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.announce.AnnouncedSchedule;
import dev.usher.core.testing.AnnouncedScheduleContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule announced last, kept in the state folder across a restart. */
class AnnouncedScheduleFileTest extends AnnouncedScheduleContract {
  @TempDir Path state;

  @Override
  protected AnnouncedSchedule empty() {
    return AnnouncedScheduleFile.in(state);
  }

  @Override
  protected AnnouncedSchedule reopened(AnnouncedSchedule record) {
    return AnnouncedScheduleFile.in(state);
  }

  @Test
  void aDamagedFileCountsAsNoneRatherThanStoppingTheStart() throws Exception {
    Files.writeString(state.resolve("announced-schedule.properties"), "now.sessions=two\n");

    assertThat(AnnouncedScheduleFile.in(state).last()).isEmpty();
  }

  @Test
  void theFileSaysWhatItIs() throws Exception {
    AnnouncedScheduleFile.in(state).keep(WITH_BATCH);

    assertThat(Files.readString(state.resolve("announced-schedule.properties")))
        .startsWith("# Usher: the schedule announced last");
  }
}
