package dev.usher.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.Reply;
import dev.usher.core.testing.InMemoryKnowledge;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /reload}: one short summary, whatever the state of the folder. */
class BotReloadTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  @Test
  void aMessyFolderIsSummedUpWithTheFirstProblemsAndHowManyMore() {
    InMemoryKnowledge.Builder material = InMemoryKnowledge.builder(ZONE);
    for (int i = 1; i <= 47; i++) {
      material.readProblem("docs/broken-" + i + ".pdf", "skipped: no text in it");
    }

    Info reply = (Info) reload(material.build());

    assertThat(reply.title()).isEqualTo("Reloaded");
    assertThat(reply.text())
        .startsWith("0 files, 0 passages, 0 sessions. 47 file problems; the first 5:\n")
        .contains("- docs/broken-1.pdf: skipped: no text in it\n")
        .contains("- docs/broken-5.pdf: skipped: no text in it\n")
        .doesNotContain("broken-6.pdf")
        .endsWith("... and 42 more: ./usher check on the server lists every one.");
    assertThat(reply.text().lines()).hasSize(7);
  }

  @Test
  void aFewProblemsAreAllNamedAndACleanFolderOnlyCounted() {
    Info one = (Info) reload(InMemoryKnowledge.builder(ZONE)
        .readProblem("schedule.ics", "not UTF-8 text").build());
    Info clean = (Info) reload(InMemoryKnowledge.builder(ZONE).build());

    assertThat(one.text()).isEqualTo(
        "0 files, 0 passages, 0 sessions. 1 file problem:\n- schedule.ics: not UTF-8 text");
    assertThat(clean.text()).isEqualTo("0 files, 0 passages, 0 sessions.");
  }

  private static Reply reload(InMemoryKnowledge knowledge) {
    Conference conference = new Conference("Conf", ZONE, Optional.empty(), Optional.empty());
    Bot bot = new Bot(conference, knowledge, Clock.fixed(Instant.parse("2026-04-24T10:00:00Z"), ZONE));
    return bot.handle(new Request.Reload());
  }
}
