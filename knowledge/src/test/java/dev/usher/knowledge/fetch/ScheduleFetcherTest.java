package dev.usher.knowledge.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.testing.SharedData;
import dev.usher.knowledge.fetch.ScheduleServer.Request;
import dev.usher.knowledge.schedule.ScheduleFiles;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching schedules from a real HTTP server on 127.0.0.1, and keeping the last good copy. */
class ScheduleFetcherTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2025-12-27T12:00:00Z");
  private static final String YAML =
      """
      - id: k1
        title: Opening keynote
        start: 2026-04-25 09:00
        end: 2026-04-25 10:00
        room: Hall A
      - id: w2
        title: Hands-on workshop
        start: 2026-04-25 10:30
        end: 2026-04-25 12:00
      """;

  @TempDir Path state;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private ScheduleServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      assertThat(server.unexpected()).as("requests to other paths").isEmpty();
      server.close();
    }
    client.close();
  }

  private ScheduleFetcher fetcher(long maxBytes, Duration timeout) {
    return new ScheduleFetcher(
        client,
        new FetchPolicy(Duration.ofMinutes(5), timeout, maxBytes, Duration.ofSeconds(15)),
        ZONE,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private ScheduleFetcher fetcher() {
    return fetcher(20L * 1024 * 1024, Duration.ofSeconds(20));
  }

  private ScheduleCopy copy() {
    return ScheduleCopy.of(server.url(), state.resolve("schedules"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRealPretalxExportIsSavedWithItsFormatFromTheContentTypeAndItsEtag() throws Exception {
    byte[] pretalx = Files.readAllBytes(SharedData.data("pretalx-democon/schedule.json"));
    server = ScheduleServer.at("/democon/schedule/export/");
    server.serve(pretalx, "application/json; charset=utf-8");

    FetchOutcome outcome = fetcher().refresh(copy());

    int sessions = ScheduleFiles.read(pretalx, "json", "x", ZONE).sessions().size();
    assertThat(outcome).isEqualTo(new FetchOutcome.Updated(sessions));
    assertThat(sessions).isPositive();
    Path saved = copy().content().orElseThrow();
    assertThat(saved.getFileName()).hasToString("schedule.json");
    assertThat(Files.readAllBytes(saved)).isEqualTo(pretalx);
    assertThat(copy().state().etag()).contains(ScheduleServer.etag(pretalx));
    assertThat(copy().state().savedAt()).contains(NOW);
  }

  @Test
  void theNextFetchIsConditionalAndA304KeepsTheCopy() throws Exception {
    byte[] frab = Files.readAllBytes(SharedData.data("fosdem-2020/schedule.xml"));
    server = ScheduleServer.at("/2020/schedule/xml");
    server.serve(frab, "application/xml");
    fetcher().refresh(copy());

    FetchOutcome second = fetcher().refresh(copy());

    assertThat(second).isEqualTo(new FetchOutcome.Unchanged());
    assertThat(server.requests())
        .extracting(Request::ifNoneMatch)
        .containsExactly(null, ScheduleServer.etag(frab));
    assertThat(Files.readAllBytes(copy().content().orElseThrow())).isEqualTo(frab);
  }

  @Test
  void withoutAnEtagTheLastModifiedDateMakesTheRequestConditional() throws Exception {
    server = ScheduleServer.at("/schedule.yaml");
    server.serveWithoutEtag(bytes(YAML), "application/octet-stream");
    assertThat(fetcher().refresh(copy())).isEqualTo(new FetchOutcome.Updated(2));

    assertThat(fetcher().refresh(copy())).isEqualTo(new FetchOutcome.Unchanged());
    assertThat(server.requests())
        .extracting(Request::ifModifiedSince)
        .containsExactly(null, ScheduleServer.LAST_MODIFIED);
    // the format came from the path, since application/octet-stream names none
    assertThat(copy().content().orElseThrow().getFileName()).hasToString("schedule.yaml");
  }

  @Test
  void aChangedScheduleReplacesTheCopy() throws Exception {
    server = ScheduleServer.at("/schedule.yaml");
    server.serve(bytes(YAML), "application/yaml");
    fetcher().refresh(copy());
    String moved = YAML.replace("start: 2026-04-25 09:00", "start: 2026-04-25 09:15");
    server.serve(bytes(moved), "application/yaml");

    FetchOutcome outcome = fetcher().refresh(copy());

    assertThat(outcome).isEqualTo(new FetchOutcome.Updated(2));
    assertThat(Files.readString(copy().content().orElseThrow())).isEqualTo(moved);
    assertThat(server.requests())
        .extracting(Request::ifNoneMatch)
        .containsExactly(null, ScheduleServer.etag(bytes(YAML)));
  }

  @Test
  void aServerErrorKeepsTheLastGoodCopyAndIsRecordedUntilAGoodFetch() throws Exception {
    server = ScheduleServer.at("/schedule.yaml");
    server.serve(bytes(YAML), "application/yaml");
    fetcher().refresh(copy());
    server.answer(500);

    FetchOutcome failed = fetcher().refresh(copy());
    fetcher().refresh(copy());

    assertThat(failed).isEqualTo(new FetchOutcome.Failed("the server answered HTTP 500"));
    assertThat(Files.readString(copy().content().orElseThrow())).isEqualTo(YAML);
    FetchState state = copy().state();
    assertThat(state.failures()).isEqualTo(2);
    assertThat(state.failure()).contains("the server answered HTTP 500");
    assertThat(state.savedAt()).contains(NOW);

    server.serve(bytes(YAML), "application/yaml");
    assertThat(fetcher().refresh(copy())).isEqualTo(new FetchOutcome.Unchanged());
    assertThat(copy().state().failures()).isZero();
    assertThat(copy().state().failure()).isEmpty();
  }

  @Test
  void aDownloadCutOffMidwayNeverReplacesTheCopy() throws Exception {
    byte[] first = Files.readAllBytes(SharedData.data("39c3/everything.schedule.json"));
    server = ScheduleServer.at("/39c3/everything.schedule.json");
    server.serve(first, "application/json");
    fetcher().refresh(copy());
    byte[] changed =
        new String(first, StandardCharsets.UTF_8)
            .replaceFirst("\"title\": *\"", "\"title\": \"Moved: ")
            .getBytes(StandardCharsets.UTF_8);
    server.cutOff(changed, "application/json", changed.length / 2);

    FetchOutcome outcome = fetcher().refresh(copy());

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed ->
                assertThat(failed.reason()).startsWith("the download broke off before the end"));
    assertThat(Files.readAllBytes(copy().content().orElseThrow())).isEqualTo(first);
  }

  @Test
  void aWholeResponseHoldingACutScheduleIsRefusedAsMalformed() throws Exception {
    byte[] pretalx = Files.readAllBytes(SharedData.data("pretalx-democon/schedule.json"));
    server = ScheduleServer.at("/schedule.json");
    server.serve(pretalx, "application/json");
    fetcher().refresh(copy());
    server.serve(Arrays.copyOf(pretalx, pretalx.length * 2 / 3), "application/json");

    FetchOutcome outcome = fetcher().refresh(copy());

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed ->
                assertThat(failed.reason())
                    .startsWith("cut short or malformed, kept the last good copy: not valid JSON"));
    assertThat(Files.readAllBytes(copy().content().orElseThrow())).isEqualTo(pretalx);
  }

  @Test
  void aBodyThatStallsFailsAtTheTimeoutAndKeepsTheCopy() throws Exception {
    server = ScheduleServer.at("/schedule.yaml");
    server.serve(bytes(YAML), "application/yaml");
    fetcher().refresh(copy());
    server.stall(bytes(YAML.replace("Hall A", "Hall B")), "application/yaml");

    FetchOutcome outcome = fetcher(1024 * 1024, Duration.ofMillis(500)).refresh(copy());

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("no complete answer within 500 ms"));
    assertThat(Files.readString(copy().content().orElseThrow())).isEqualTo(YAML);
  }

  @Test
  void aBodyOverTheSizeLimitIsRefused() throws Exception {
    byte[] fosdem = Files.readAllBytes(SharedData.data("fosdem-2020/schedule.xml"));
    server = ScheduleServer.at("/schedule.xml");
    server.serve(fosdem, "text/xml");

    FetchOutcome outcome = fetcher(64 * 1024, Duration.ofSeconds(20)).refresh(copy());

    assertThat(outcome).isEqualTo(new FetchOutcome.Failed("larger than the limit of 65536 bytes"));
    assertThat(copy().content()).isEmpty();
    assertThat(copy().state().failures()).isEqualTo(1);
  }

  @Test
  void aResponseOfUnknownFormatIsRefusedNamingItsContentType() throws Exception {
    server = ScheduleServer.at("/export");
    server.serve(bytes("<html>Login</html>"), "text/html");

    FetchOutcome outcome = fetcher().refresh(copy());

    assertThat(outcome)
        .isEqualTo(
            new FetchOutcome.Failed(
                "cannot tell the format: content type text/html"
                    + " and the path does not end in .ics, .json, .xml, .yaml, .yml or .csv"));
  }

  @Test
  void anUnreachableServerIsOneLine() throws Exception {
    server = ScheduleServer.at("/schedule.ics");
    ScheduleCopy copy = copy();
    server.close();

    FetchOutcome outcome = fetcher().refresh(copy);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            FetchOutcome.Failed.class,
            failed ->
                assertThat(failed.reason()).startsWith("cannot connect").doesNotContain("\n"));
    server = null;
  }

  @Test
  void aCutIcsFeedIsRefused() throws Exception {
    String ics =
        """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//test//EN\r
        BEGIN:VEVENT\r
        UID:a\r
        DTSTART:20260425T090000Z\r
        DTEND:20260425T100000Z\r
        SUMMARY:Opening\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:b\r
        DTSTART:20260425T110000Z\r
        DTEND:20260425T120000Z\r
        SUMMARY:Closing\r
        END:VEVENT\r
        END:VCALENDAR\r
        """;
    server = ScheduleServer.at("/feed.ics");
    server.serve(bytes(ics), "text/calendar");
    assertThat(fetcher().refresh(copy())).isEqualTo(new FetchOutcome.Updated(2));
    server.serve(bytes(ics.substring(0, ics.indexOf("BEGIN:VEVENT\r\nUID:b"))), "text/calendar");

    FetchOutcome outcome = fetcher().refresh(copy());

    assertThat(outcome)
        .isEqualTo(
            new FetchOutcome.Failed(
                "cut short or malformed, kept the last good copy:"
                    + " the file does not end with END:VCALENDAR, it may be truncated"));
    assertThat(Optional.of(Files.readString(copy().content().orElseThrow()))).contains(ics);
  }
}
