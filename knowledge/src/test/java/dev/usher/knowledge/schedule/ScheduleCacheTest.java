package dev.usher.knowledge.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport.Problem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCacheTest {
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  private static final byte[] HASH = {1, 2, 3};

  @TempDir Path root;

  private Path cacheFile() {
    return root.resolve("index-schedules.bin");
  }

  /** A reading with every kind of value a session can carry, and some it rarely does. */
  private static ScheduleReading varied() {
    ZonedDateTime start = LocalDateTime.of(2026, 4, 25, 9, 0).atZone(SAO_PAULO);
    List<Session> sessions =
        List.of(
            new Session(
                "k1",
                "Opening keynote: Ça va, 東京?",
                start,
                start.plusHours(1),
                Optional.of("Hall A"),
                Optional.of("Main"),
                List.of("Ana Souza", "Zoë Brandt"),
                "x".repeat(70_000) + " 😀",
                Optional.of(URI.create("https://example.org/talk/k1?a=1&b=%20"))),
            new Session(
                "k2",
                "Lunch",
                ZonedDateTime.of(2026, 4, 25, 12, 0, 0, 500, ZoneOffset.ofHours(-3)),
                ZonedDateTime.of(2026, 4, 25, 16, 0, 0, 0, ZoneId.of("UTC")),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                "",
                Optional.empty()),
            new Session(
                "k3",
                "Closing",
                ZonedDateTime.of(2026, 4, 25, 17, 0, 0, 0, ZoneOffset.UTC),
                ZonedDateTime.of(2026, 4, 25, 18, 0, 0, 0, ZoneId.of("UTC+01:00")),
                Optional.of(""),
                Optional.empty(),
                List.of(""),
                "line one\nline two",
                Optional.empty()));
    return new ScheduleReading(
        sessions,
        Optional.of(SAO_PAULO),
        Optional.of("ICLR 2026"),
        List.of(new Problem("schedule.yaml", "entry 4: no start, skipped")),
        false);
  }

  /** A parse that counts how often it runs. */
  private static Supplier<ScheduleReading> counting(ScheduleReading reading, AtomicInteger runs) {
    return () -> {
      runs.incrementAndGet();
      return reading;
    };
  }

  @Test
  void aSavedReadingIsReadBackEqualWithoutParsing() {
    // given a reading parsed once and saved
    ScheduleCache first = ScheduleCache.in(cacheFile());
    AtomicInteger parses = new AtomicInteger();
    first.reading("schedule.yaml", HASH, SAO_PAULO, counting(varied(), parses));
    first.save();

    // when the same file is asked for again
    ScheduleReading again =
        ScheduleCache.in(cacheFile())
            .reading("schedule.yaml", HASH, SAO_PAULO, counting(varied(), parses));

    // then it comes back equal, every time and zone as it was, and was parsed only the first time
    assertThat(again).isEqualTo(varied());
    assertThat(again.sessions().get(1).start().getZone()).isEqualTo(ZoneOffset.ofHours(-3));
    assertThat(again.sessions().get(1).end().getZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(parses).hasValue(1);
  }

  @Test
  void anotherContentPathOrZoneIsParsedAgain() {
    // given
    ScheduleCache first = ScheduleCache.in(cacheFile());
    first.reading("schedule.yaml", HASH, SAO_PAULO, () -> varied());
    first.save();
    AtomicInteger parses = new AtomicInteger();
    ScheduleReading empty =
        new ScheduleReading(List.of(), Optional.empty(), Optional.empty(), List.of(), true);

    // when
    ScheduleCache second = ScheduleCache.in(cacheFile());
    ScheduleReading changed =
        second.reading("schedule.yaml", new byte[] {9}, SAO_PAULO, counting(empty, parses));
    second.reading("other.yaml", HASH, SAO_PAULO, counting(empty, parses));
    second.reading("schedule.yaml", HASH, ZoneOffset.UTC, counting(empty, parses));

    // then
    assertThat(changed).isEqualTo(empty);
    assertThat(parses).hasValue(3);
  }

  @Test
  void aFileNoLongerReadIsDroppedWhenTheCacheIsSavedAgain() {
    // given a cache holding the old content's reading
    ScheduleCache first = ScheduleCache.in(cacheFile());
    first.reading("schedule.yaml", HASH, SAO_PAULO, () -> varied());
    first.save();

    // when the file changed, and the new content was read and saved
    ScheduleCache second = ScheduleCache.in(cacheFile());
    second.reading("schedule.yaml", new byte[] {9}, SAO_PAULO, () -> varied());
    second.save();

    // then going back to the old content parses it again
    AtomicInteger parses = new AtomicInteger();
    ScheduleCache.in(cacheFile())
        .reading("schedule.yaml", HASH, SAO_PAULO, counting(varied(), parses));
    assertThat(parses).hasValue(1);
  }

  @Test
  void aDamagedCutShortOrForeignCacheIsIgnoredAndReplaced() throws Exception {
    ScheduleCache good = ScheduleCache.in(cacheFile());
    good.reading("schedule.yaml", HASH, SAO_PAULO, () -> varied());
    good.save();
    byte[] saved = Files.readAllBytes(cacheFile());
    byte[] flipped = saved.clone();
    flipped[flipped.length / 2] ^= 0x10;
    List<byte[]> broken =
        List.of(
            flipped,
            java.util.Arrays.copyOf(saved, saved.length - 100),
            java.util.Arrays.copyOf(saved, 3),
            new byte[0],
            "USHER schedule cache, format 0\n".getBytes(StandardCharsets.UTF_8));
    for (byte[] content : broken) {
      // given a cache file that cannot be trusted
      Files.write(cacheFile(), content);

      // when
      AtomicInteger parses = new AtomicInteger();
      ScheduleCache cache = ScheduleCache.in(cacheFile());
      ScheduleReading reading =
          cache.reading("schedule.yaml", HASH, SAO_PAULO, counting(varied(), parses));
      cache.save();

      // then the file is parsed, and a good cache written in its place
      assertThat(reading).isEqualTo(varied());
      assertThat(parses).hasValue(1);
      assertThat(Files.readAllBytes(cacheFile())).isEqualTo(saved);
    }
  }

  @Test
  void textUtf8CannotCarryIsParsedEachTimeRatherThanCachedChanged() {
    // given a title with a lone surrogate (a JSON "\ud800" escape gives one)
    ZonedDateTime start = ZonedDateTime.of(2026, 4, 25, 9, 0, 0, 0, SAO_PAULO);
    Session odd =
        new Session(
            "s1",
            "broken \ud800 title",
            start,
            start,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            "",
            Optional.empty());
    ScheduleReading reading =
        new ScheduleReading(List.of(odd), Optional.empty(), Optional.empty(), List.of(), true);
    ScheduleCache first = ScheduleCache.in(cacheFile());
    first.reading("schedule.json", HASH, SAO_PAULO, () -> reading);

    // when
    first.save();

    // then nothing is cached: the next read parses the file again
    AtomicInteger parses = new AtomicInteger();
    ScheduleReading again =
        ScheduleCache.in(cacheFile())
            .reading("schedule.json", HASH, SAO_PAULO, counting(reading, parses));
    assertThat(again).isEqualTo(reading);
    assertThat(parses).hasValue(1);
  }

  @Test
  void noCacheParsesEveryTimeAndWritesNothing() {
    AtomicInteger parses = new AtomicInteger();
    ScheduleCache none = ScheduleCache.none();
    none.reading("schedule.yaml", HASH, SAO_PAULO, counting(varied(), parses));
    none.save();
    ScheduleCache.none().reading("schedule.yaml", HASH, SAO_PAULO, counting(varied(), parses));

    assertThat(parses).hasValue(2);
    assertThat(root).isEmptyDirectory();
  }
}
