package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./usher diff OLD NEW} on FOSDEM 2020's real schedule and a copy edited here. */
class DiffCommandTest {
  @TempDir Path temp;

  /** The text of {@code <event id="id">…</event>} in {@code xml}. */
  private static String event(String xml, String id) {
    int start = xml.indexOf("<event id=\"" + id + "\">");
    assertThat(start).as("event " + id).isNotNegative();
    return xml.substring(start, xml.indexOf("</event>", start) + "</event>".length());
  }

  private static String edited(String xml, String id, String from, String to) {
    String event = event(xml, id);
    assertThat(event).contains(from);
    return xml.replace(event, event.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  @Test
  void printsEachMovedRenamedCancelledAndAddedSessionOfARealScheduleInTheConferenceZone()
      throws Exception {
    Path old = SharedData.data("fosdem-2020/schedule.xml");
    String xml = Files.readString(old);
    String changed = edited(xml, "9025", "<start>09:30</start>", "<start>09:45</start>");
    changed = edited(changed, "9025", "<room>Janson</room>", "<room>K.1.105 (La Fontaine)</room>");
    changed =
        edited(
            changed,
            "10715",
            "<title>The Linux Kernel: We have to finish this thing one day ;)</title>",
            "<title>The Linux Kernel, one day finished</title>");
    String cancelled = event(changed, "10716");
    changed =
        changed
            .replace(cancelled, "")
            .replace(
                event(changed, "9025"),
                event(changed, "9025")
                    + event(changed, "9025")
                        .replace("9025", "99999")
                        .replace(
                            "<title>Welcome to FOSDEM 2020</title>",
                            "<title>Welcome again</title>"));
    Path newer = Files.writeString(temp.resolve("schedule.xml"), changed);

    CommandLineRun run =
        CommandLineRun.of(
            "diff", "--timezone", "Europe/Brussels", old.toString(), newer.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .contains(
            "4 schedule changes (times in Europe/Brussels)",
            "- Moved: Welcome to FOSDEM 2020 (was Saturday 1 February, 09:30–09:55 · Janson;"
                + " now Saturday 1 February, 09:45–10:10 · K.1.105 (La Fontaine))",
            "- Added: Welcome again (now Saturday 1 February, 09:45–10:10 · K.1.105 (La Fontaine))",
            "- Renamed: The Linux Kernel, one day finished"
                + " (was “The Linux Kernel: We have to finish this thing one day ;)”)");
    assertThat(run.out())
        .containsPattern(
            "- Cancelled: dav1d: 1 year later \\(was \\w+ \\d February, 13:30–13:55 · UB2.147\\)");
  }

  @Test
  void twoVersionsWithTheSameSessionsHaveNothingToAnnounce() throws Exception {
    Path old = SharedData.data("fosdem-2020/schedule.xml");
    Path copy = Files.copy(old, temp.resolve("copy.xml"));

    CommandLineRun run = CommandLineRun.of("diff", old.toString(), copy.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("No change to announce: the ")
        .contains(" sessions have the same");
  }

  @Test
  void aNewVersionCutShortIsRefusedInOneLineRatherThanReadAsEverythingCancelled() throws Exception {
    Path old = temp.resolve("old.yaml");
    Files.writeString(
        old,
        """
        - id: k1
          title: Opening keynote
          start: 2026-04-25 09:00
          end: 2026-04-25 10:00
        """);
    Path cut =
        Files.writeString(temp.resolve("new.xml"), "<?xml version=\"1.0\"?><schedule><day date=");

    CommandLineRun run = CommandLineRun.of("diff", old.toString(), cut.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().filter(l -> l.startsWith("usher: ")))
        .containsExactly("usher: " + cut + ": no session could be read, nothing to compare");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }
}
