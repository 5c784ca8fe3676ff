package dev.usher.knowledge.fetch;

import dev.usher.core.knowledge.IngestReport;
import dev.usher.knowledge.schedule.ScheduleFiles;
import dev.usher.knowledge.schedule.ScheduleReading;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a schedule from its URL into its {@link ScheduleCopy}: a conditional GET ({@code
 * If-None-Match}, {@code If-Modified-Since}), within the policy's timeout and size limit; the
 * format from the content type, else the URL's path. A new version replaces the copy only once it
 * has been read whole with at least one session: a failed, cut or malformed fetch leaves the last
 * good copy and is recorded in the copy's state with its reason. Thread-safe for different copies;
 * one fetch of a copy at a time.
 */
public final class ScheduleFetcher {
  private static final Map<String, String> FORMATS_BY_TYPE =
      Map.of(
          "text/calendar", "ics",
          "application/json", "json",
          "application/schedule+json", "json",
          "application/xml", "xml",
          "text/xml", "xml",
          "application/yaml", "yaml",
          "application/x-yaml", "yaml",
          "text/yaml", "yaml",
          "text/csv", "csv");
  private static final String ACCEPT =
      "text/calendar, application/json, application/xml, text/xml, application/yaml, text/csv,"
          + " */*;q=0.5";

  private final HttpClient client;
  private final FetchPolicy policy;
  private final ZoneId zone;
  private final Clock clock;

  /**
   * @param client follows redirects as the caller set it (never from https to http)
   * @param zone the conference zone, to read times without an offset while checking a new version
   */
  public ScheduleFetcher(HttpClient client, FetchPolicy policy, ZoneId zone, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public FetchPolicy policy() {
    return policy;
  }

  /**
   * Fetches {@code copy}'s URL once and saves what is new; never throws for what the server does.
   */
  public FetchOutcome refresh(ScheduleCopy copy) {
    Objects.requireNonNull(copy, "copy");
    FetchOutcome outcome;
    try {
      outcome = fetch(copy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = new FetchOutcome.Failed("interrupted");
    }
    if (outcome instanceof FetchOutcome.Failed failed) {
      copy.saveFailure(failed.reason(), now());
    }
    return outcome;
  }

  private FetchOutcome fetch(ScheduleCopy copy) throws InterruptedException {
    FetchState state = copy.state();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(copy.url())
            .timeout(policy.timeout())
            .header("Accept", ACCEPT)
            .header("User-Agent", "Usher (conference help desk)")
            .GET();
    // Conditional only while there is a copy the server's 304 would refer to.
    if (copy.content().isPresent()) {
      state.etag().ifPresent(etag -> request.header("If-None-Match", etag));
      state.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    }
    HttpResponse<byte[]> response;
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request.build(), this::body);
    try {
      // The request timeout covers only the headers; this bounds a body that trickles too.
      response = exchange.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return new FetchOutcome.Failed("no complete answer within " + seconds(policy.timeout()));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new FetchOutcome.Failed(describe(cause == null ? e : cause));
    }
    return switch (response.statusCode()) {
      case 304 -> {
        copy.saveUnchanged(now(), header(response, "ETag"), header(response, "Last-Modified"));
        yield new FetchOutcome.Unchanged();
      }
      case 200 -> checked(copy, response);
      case 429, 503 ->
          new FetchOutcome.Failed(
              "the server answered HTTP " + response.statusCode() + " (busy)",
              retryAfter(response));
      default -> new FetchOutcome.Failed("the server answered HTTP " + response.statusCode());
    };
  }

  private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
    if (info.statusCode() != 200) {
      return BodySubscribers.replacing(new byte[0]);
    }
    return new LimitedBody(policy.maxBytes());
  }

  private FetchOutcome checked(ScheduleCopy copy, HttpResponse<byte[]> response) {
    byte[] body = response.body();
    Optional<String> format = format(response);
    if (format.isEmpty()) {
      return new FetchOutcome.Failed(
          "cannot tell the format: content type "
              + header(response, "Content-Type").orElse("(none)")
              + " and the path does not end in .ics, .json, .xml, .yaml, .yml or .csv");
    }
    ScheduleReading reading =
        ScheduleFiles.read(body, format.get(), ScheduleUrl.display(copy.url()), zone);
    String why =
        reading.problems().stream().findFirst().map(IngestReport.Problem::reason).orElse("");
    if (reading.sessions().isEmpty()) {
      return new FetchOutcome.Failed("not a usable " + format.get() + " schedule: " + why);
    }
    if (!reading.complete()) {
      return new FetchOutcome.Failed("cut short or malformed, kept the last good copy: " + why);
    }
    Optional<String> etag = header(response, "ETag");
    Optional<String> lastModified = header(response, "Last-Modified");
    if (copy.holds(body)) {
      copy.saveUnchanged(now(), etag, lastModified);
      return new FetchOutcome.Unchanged();
    }
    copy.saveGood(body, format.get(), etag, lastModified, now());
    return new FetchOutcome.Updated(reading.sessions().size());
  }

  /** Now, to the second: what the state records and reports show. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** The content type's format when it names one, else the path's extension (after redirects). */
  private static Optional<String> format(HttpResponse<?> response) {
    Optional<String> byType =
        header(response, "Content-Type")
            .map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
            .map(FORMATS_BY_TYPE::get);
    return byType
        .or(() -> pathFormat(response.uri()))
        .or(() -> pathFormat(response.request().uri()));
  }

  private static Optional<String> pathFormat(URI uri) {
    String path = uri.getPath();
    return path == null ? Optional.empty() : ScheduleFiles.formatOf(path);
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Retry-After in seconds; the HTTP-date form is rare for these servers and ignored. */
  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return header(response, "Retry-After")
        .flatMap(
            value -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** One line for a failed exchange, in plain words. */
  private String describe(Throwable failure) {
    return switch (failure) {
      case LimitedBody.TooLarge e -> "larger than the limit of " + megabytes(policy.maxBytes());
      case HttpTimeoutException e -> "no answer within " + seconds(policy.timeout());
      case ConnectException e ->
          "cannot connect"
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + " (no network, or the server is down?)";
      case IOException e ->
          "the download broke off before the end ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")";
      default -> "the fetch failed: " + failure;
    };
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
