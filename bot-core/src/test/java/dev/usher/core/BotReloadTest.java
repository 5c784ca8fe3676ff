package dev.usher.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.Caller;
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
    Info one =
        (Info)
            reload(
                InMemoryKnowledge.builder(ZONE)
                    .readProblem("schedule.ics", "not UTF-8 text")
                    .build());
    Info clean = (Info) reload(InMemoryKnowledge.builder(ZONE).build());

    assertThat(one.text())
        .isEqualTo(
            "0 files, 0 passages, 0 sessions. 1 file problem:\n- schedule.ics: not UTF-8 text");
    assertThat(clean.text()).isEqualTo("0 files, 0 passages, 0 sessions.");
  }

  @Test
  void anAttendeeIsToldReloadIsForOrganizersAndNothingIsReloaded() {
    CountingKnowledge knowledge = new CountingKnowledge(InMemoryKnowledge.builder(ZONE).build());
    Bot bot = bot(knowledge);

    Info refused = (Info) bot.handle(new Request.Reload(), Caller.attendee("slack", "U1", "C1"));
    Info reloaded = (Info) bot.handle(new Request.Reload(), Caller.operator());

    assertThat(refused.title()).isEqualTo(Bot.ORGANIZERS_ONLY);
    assertThat(reloaded.title()).isEqualTo("Reloaded");
    assertThat(knowledge.reloads).as("only the organizer's reload ran").isEqualTo(1);
  }

  @Test
  void everyOtherCommandIsForEveryone() {
    Bot bot = bot(InMemoryKnowledge.builder(ZONE).build());

    assertThat(
            ((Info) bot.handle(new Request.About(), Caller.attendee("slack", "U1", "C1"))).title())
        .isEqualTo("About");
  }

  private static Bot bot(dev.usher.core.knowledge.Knowledge knowledge) {
    Conference conference = new Conference("Conf", ZONE, Optional.empty(), Optional.empty());
    return new Bot(conference, knowledge, Clock.fixed(Instant.parse("2026-04-24T10:00:00Z"), ZONE));
  }

  /** Counts reloads; everything else is the wrapped knowledge's. */
  private static final class CountingKnowledge implements dev.usher.core.knowledge.Knowledge {
    private final dev.usher.core.knowledge.Knowledge knowledge;
    int reloads;

    CountingKnowledge(dev.usher.core.knowledge.Knowledge knowledge) {
      this.knowledge = knowledge;
    }

    @Override
    public java.util.List<dev.usher.core.knowledge.PassageHit> search(
        dev.usher.core.knowledge.PassageQuery query) {
      return knowledge.search(query);
    }

    @Override
    public java.util.List<String> spellings(String word, int max) {
      return knowledge.spellings(word, max);
    }

    @Override
    public dev.usher.core.conference.Schedule schedule() {
      return knowledge.schedule();
    }

    @Override
    public java.util.List<String> complete(
        dev.usher.core.command.CompletionKind kind, String prefix, int max) {
      return knowledge.complete(kind, prefix, max);
    }

    @Override
    public dev.usher.core.knowledge.IngestReport reload() {
      reloads++;
      return knowledge.reload();
    }
  }

  private static Reply reload(InMemoryKnowledge knowledge) {
    Conference conference = new Conference("Conf", ZONE, Optional.empty(), Optional.empty());
    Bot bot =
        new Bot(conference, knowledge, Clock.fixed(Instant.parse("2026-04-24T10:00:00Z"), ZONE));
    return bot.handle(new Request.Reload());
  }
}
