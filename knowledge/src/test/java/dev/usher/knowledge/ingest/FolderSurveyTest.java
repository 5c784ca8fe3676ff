package dev.usher.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.knowledge.ConferenceFolder;
import dev.usher.knowledge.ingest.IngestManifest.FileRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSurveyTest {
  /** Files are written "long ago" against this clock, so their stamps are trusted. */
  private static final Clock LATER =
      Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC);

  @TempDir Path root;
  private ConferenceFolder conference;

  @BeforeEach
  void writeConference() {
    conference = ConferenceFolder.in(root).document("docs").schedule("schedule.yaml");
    conference.write("docs/venue.md", "# Venue\n\nThe venue is the Riocentro convention center.\n");
    conference.write("docs/wifi.txt", "Wifi\n\nThe network is ICLR-Guest and needs no password.\n");
    conference.write("docs/empty.md", "   \n");
    conference.write(
        "schedule.yaml",
        """
        timezone: America/Sao_Paulo
        sessions:
          - {id: k1, title: Opening keynote, start: 2026-04-25 09:00, end: 2026-04-25 10:00, room: Hall A}
        """);
  }

  private ConferenceReader reader(Clock clock) {
    return new ConferenceReader(conference.settings(), file -> {}, clock, Optional.empty());
  }

  @Test
  void anUnchangedFolderIsSummarizedAsAFullReadWouldSummarizeIt() {
    // given
    ConferenceMaterial read = reader(LATER).read();

    // when
    FolderSummary surveyed = reader(LATER).survey(read.summary().manifest()).orElseThrow();

    // then
    assertThat(surveyed.files()).isEqualTo(read.files());
    assertThat(surveyed.problems()).isEqualTo(read.problems()).isNotEmpty();
    assertThat(surveyed.sessions()).isEqualTo(read.sessions()).hasSize(1);
    assertThat(surveyed.fingerprint()).isEqualTo(read.fingerprint());
    assertThat(surveyed.declaredZone()).isEqualTo(read.declaredZone());
    assertThat(surveyed.passageCount()).isEqualTo(read.passageCount());
    assertThat(surveyed.manifest())
        .as("nothing was hashed: the manifest need not be written")
        .isSameAs(read.summary().manifest());
  }

  @Test
  void aFileWhoseStampIsAsRecordedIsNotParsedAgain() {
    // given: a manifest saying venue.md gave 7 passages, which parsing it would never say
    IngestManifest manifest = reader(LATER).read().summary().manifest();
    Map<String, FileRecord> files = new HashMap<>(manifest.files());
    FileRecord venue = files.get("docs/venue.md");
    files.put(
        "docs/venue.md",
        new FileRecord(venue.stamp(), venue.contentHash(), OptionalInt.of(7), List.of()));

    // when
    FolderSummary surveyed =
        reader(LATER).survey(new IngestManifest(manifest.surveyedAtNanos(), files)).orElseThrow();

    // then
    assertThat(surveyed.files())
        .filteredOn(f -> f.path().equals("docs/venue.md"))
        .singleElement()
        .satisfies(f -> assertThat(f.passages()).isEqualTo(7));
  }

  @Test
  void aChangedContentOfTheSameSizeNeedsAFullRead() {
    // given
    IngestManifest manifest = reader(LATER).read().summary().manifest();

    // when
    conference.write("docs/wifi.txt", "Wifi\n\nThe network is ICLR-Other and needs no password.\n");

    // then
    assertThat(reader(LATER).survey(manifest)).isEmpty();
  }

  @Test
  void aNewDocumentNeedsAFullReadAndARemovedOneChangesTheFingerprint() throws Exception {
    ConferenceMaterial read = reader(LATER).read();
    IngestManifest manifest = read.summary().manifest();

    conference.write("docs/lunch.md", "# Lunch\n\nLunch is in Hall B.\n");
    assertThat(reader(LATER).survey(manifest)).isEmpty();

    Files.delete(conference.folder().resolve("docs/lunch.md"));
    Files.delete(conference.folder().resolve("docs/wifi.txt"));
    assertThat(reader(LATER).survey(manifest).orElseThrow().fingerprint())
        .isNotEqualTo(read.fingerprint());
  }

  @Test
  void aTouchedButUnchangedFileIsHashedNotParsedAndRestamped() throws Exception {
    // given
    IngestManifest manifest = reader(LATER).read().summary().manifest();
    Path wifi = conference.folder().resolve("docs/wifi.txt");

    // when
    Files.setLastModifiedTime(wifi, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
    FolderSummary surveyed = reader(LATER).survey(manifest).orElseThrow();

    // then
    assertThat(surveyed.fingerprint()).isEqualTo(reader(LATER).read().fingerprint());
    assertThat(surveyed.manifest()).isNotSameAs(manifest);
    assertThat(surveyed.manifest().files().get("docs/wifi.txt").stamp())
        .isEqualTo(FileStamp.of(wifi));
  }

  @Test
  void aStampAsRecentAsTheReadIsNotTrustedButHashed() {
    // given: read in the same moment the files were written, as a coarse clock could hide a write
    IngestManifest racy = reader(Clock.systemUTC()).read().summary().manifest();

    // when
    FolderSummary surveyed = reader(LATER).survey(racy).orElseThrow();

    // then: hashed (the content is the same), so the manifest is written again with a later time
    assertThat(surveyed.manifest()).isNotSameAs(racy);
    assertThat(surveyed.manifest().surveyedAtNanos()).isGreaterThan(racy.surveyedAtNanos());
  }

  @Test
  void theManifestIsReadBackOnlyForTheIndexItWasWrittenFor() {
    // given
    IngestManifest manifest = reader(LATER).read().summary().manifest();
    Path file = root.resolve("state/index-manifest.bin");

    // when
    manifest.write(file, "13:lexical:abc");

    // then
    assertThat(IngestManifest.read(file, "13:lexical:abc")).contains(manifest);
    assertThat(IngestManifest.read(file, "13:lexical:other")).isEmpty();
  }

  @Test
  void aDamagedManifestIsIgnored() throws Exception {
    Path file = root.resolve("index-manifest.bin");
    reader(LATER).read().summary().manifest().write(file, "fp");
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(IngestManifest.read(file, "fp")).isEmpty();
  }
}
