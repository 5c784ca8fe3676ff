package dev.usher.knowledge.ingest;

import dev.usher.core.concurrent.Meanwhile;
import dev.usher.core.conference.Session;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.knowledge.document.DocumentReader;
import dev.usher.knowledge.document.PassageSplitter;
import dev.usher.knowledge.document.ReadDocument;
import dev.usher.knowledge.document.UnreadableDocumentException;
import dev.usher.knowledge.fetch.ScheduleCopy;
import dev.usher.knowledge.fetch.ScheduleUrl;
import dev.usher.knowledge.ingest.IngestManifest.FileRecord;
import dev.usher.knowledge.io.ReadFailure;
import dev.usher.knowledge.schedule.ScheduleCache;
import dev.usher.knowledge.schedule.ScheduleFiles;
import dev.usher.knowledge.schedule.ScheduleReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a conference folder: every document and schedule the settings name. A file that cannot be
 * read is reported with the reason and skipped; the others are read. Not thread-safe; one per read.
 */
public final class ConferenceReader {
  private static final Logger log = LoggerFactory.getLogger(ConferenceReader.class);

  private final KnowledgeSettings settings;
  private final Consumer<FileReport> progress;
  private final Clock clock;
  private final Optional<Path> scheduleCache;

  /**
   * @param progress told of each file once it is read, in order, for progress displays
   */
  public ConferenceReader(KnowledgeSettings settings, Consumer<FileReport> progress) {
    this(settings, progress, Clock.systemUTC(), Optional.empty());
  }

  /**
   * A reader that keeps what each schedule file gave in {@code scheduleCache} (see {@link
   * ScheduleCache}), and reads it back instead of parsing a file whose content it holds.
   */
  public ConferenceReader(
      KnowledgeSettings settings, Consumer<FileReport> progress, Path scheduleCache) {
    this(settings, progress, Clock.systemUTC(), Optional.of(scheduleCache));
  }

  /**
   * @param clock when a read begins, against which files' stamps are judged (see {@link
   *     FileStamp#racyAt})
   */
  ConferenceReader(
      KnowledgeSettings settings,
      Consumer<FileReport> progress,
      Clock clock,
      Optional<Path> scheduleCache) {
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
    this.scheduleCache = scheduleCache;
  }

  /**
   * Reads every file. Documents are read and parsed in parallel, one thread per core, and come out
   * in the order they are listed whatever order the threads finish in.
   */
  public ConferenceMaterial read() {
    long surveyedAt = nanos(clock.instant());
    ConferenceFiles files = new ConferenceFiles(settings.folder(), settings.schedules());
    List<ConferenceFile> documentFiles = documentFiles(files);
    int threads =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documentFiles.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("usher-read-", 0).daemon().factory());
    try {
      List<CompletableFuture<DocumentOutcome>> reading =
          documentFiles.stream()
              .map(file -> CompletableFuture.supplyAsync(() -> readWhole(file), pool))
              .toList();
      List<Supplier<DocumentOutcome>> inOrder =
          reading.stream().<Supplier<DocumentOutcome>>map(f -> () -> joined(f)).toList();
      List<SourceDocument> documents = new ArrayList<>();
      FolderSummary summary = summarize(files, inOrder, surveyedAt, documents::add);
      return new ConferenceMaterial(documents, summary);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What {@link #read} would find, without reading the documents whose stamp is as {@code previous}
   * recorded it, nor parsing those whose content is as it recorded; schedule files (small, and the
   * schedule is needed) are read whole. Empty when some document is new or changed: only a full
   * read can say what it holds.
   *
   * <p>The summary's manifest is {@code previous} itself when no document had to be hashed, so the
   * caller writes it again only when it changed.
   */
  public Optional<FolderSummary> survey(IngestManifest previous) {
    long surveyedAt = nanos(clock.instant());
    ConferenceFiles files = new ConferenceFiles(settings.folder(), settings.schedules());
    List<Supplier<DocumentOutcome>> outcomes = new ArrayList<>();
    boolean hashed = false;
    for (ConferenceFile file : documentFiles(files)) {
      Optional<DocumentOutcome> known = recalled(file, previous);
      if (known.isEmpty()) {
        return Optional.empty();
      }
      hashed |= known.get().hashed();
      outcomes.add(known::get);
    }
    FolderSummary summary = summarize(files, outcomes, surveyedAt, document -> {});
    if (!hashed && summary.manifest().files().equals(previous.files())) {
      summary =
          new FolderSummary(
              summary.files(),
              summary.problems(),
              summary.sessions(),
              summary.fingerprint(),
              summary.declaredZone(),
              summary.declaredName(),
              previous);
    }
    return Optional.of(summary);
  }

  /**
   * The zone the schedule files themselves declare, read from them alone: for a folder whose
   * settings give none, so the documents are read once, in the right zone.
   */
  public Optional<ZoneId> declaredZone() {
    ConferenceFiles files = new ConferenceFiles(settings.folder(), settings.schedules());
    for (String schedule : settings.schedules()) {
      for (ConferenceFile file : files.schedule(schedule)) {
        if (withinLimit(file)) {
          Optional<ZoneId> zone =
              ScheduleFiles.read(file.path(), file.displayPath(), settings.zone()).declaredZone();
          if (zone.isPresent()) {
            return zone;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * What one document file gave.
   *
   * @param record present when its bytes were read
   * @param document present when it was parsed and gave passages
   * @param hashed whether its bytes were read to learn whether it changed
   */
  private record DocumentOutcome(
      ConferenceFile file,
      Optional<FileRecord> record,
      Optional<SourceDocument> document,
      List<Problem> problems,
      boolean hashed) {
    static DocumentOutcome unread(ConferenceFile file, Problem problem) {
      return new DocumentOutcome(file, Optional.empty(), Optional.empty(), List.of(problem), false);
    }

    static DocumentOutcome recalled(ConferenceFile file, FileRecord record, boolean hashed) {
      List<Problem> problems =
          record.problems().stream().map(r -> new Problem(file.displayPath(), r)).toList();
      return new DocumentOutcome(file, Optional.of(record), Optional.empty(), problems, hashed);
    }

    OptionalInt passages() {
      return record.map(FileRecord::passages).orElse(OptionalInt.empty());
    }
  }

  private DocumentOutcome readWhole(ConferenceFile file) {
    FileStamp stamp;
    byte[] bytes;
    try {
      // Stamped before reading: a write during the read then shows as a changed stamp next time.
      stamp = FileStamp.of(file.path());
      if (stamp.size() > settings.maxFileBytes()) {
        return DocumentOutcome.unread(file, overLimit(file, stamp.size()));
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      return DocumentOutcome.unread(file, cannotRead(file, e));
    }
    String hash = HexFormat.of().formatHex(sha256().digest(bytes));
    List<Problem> problems = new ArrayList<>();
    Optional<SourceDocument> document = readDocument(file, bytes, problems);
    OptionalInt passages =
        document.map(d -> OptionalInt.of(d.passages().size())).orElse(OptionalInt.empty());
    FileRecord record =
        new FileRecord(stamp, hash, passages, problems.stream().map(Problem::reason).toList());
    return new DocumentOutcome(file, Optional.of(record), document, List.copyOf(problems), true);
  }

  /** The file as {@code manifest} recorded it if it is unchanged; empty when it must be parsed. */
  private Optional<DocumentOutcome> recalled(ConferenceFile file, IngestManifest manifest) {
    FileRecord known = manifest.files().get(file.displayPath());
    try {
      FileStamp stamp = FileStamp.of(file.path());
      if (stamp.size() > settings.maxFileBytes()) {
        return Optional.of(DocumentOutcome.unread(file, overLimit(file, stamp.size())));
      }
      if (known != null
          && known.stamp().equals(stamp)
          && !stamp.racyAt(manifest.surveyedAtNanos())) {
        return Optional.of(DocumentOutcome.recalled(file, known, false));
      }
      byte[] bytes = Files.readAllBytes(file.path());
      String hash = HexFormat.of().formatHex(sha256().digest(bytes));
      // Touched but not changed (a checkout, a copy): the same content gives what it gave before.
      return known != null && known.contentHash().equals(hash)
          ? Optional.of(DocumentOutcome.recalled(file, known.restamped(stamp), true))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.of(DocumentOutcome.unread(file, cannotRead(file, e)));
    }
  }

  /**
   * The summary of the documents' outcomes, taken in order, and of the schedule files, read here.
   *
   * @param documents told of each document that gave passages, in order
   */
  private FolderSummary summarize(
      ConferenceFiles files,
      List<Supplier<DocumentOutcome>> outcomes,
      long surveyedAt,
      Consumer<SourceDocument> documents) {
    List<Problem> problems = new ArrayList<>();
    List<FileReport> reports = new ArrayList<>();
    Map<String, FileRecord> records = new LinkedHashMap<>();
    MessageDigest fingerprint = sha256();
    fingerprint.update(settings.zone().getId().getBytes(StandardCharsets.UTF_8));
    for (Supplier<DocumentOutcome> next : outcomes) {
      DocumentOutcome outcome = next.get();
      ConferenceFile file = outcome.file();
      // A title or url the configuration gives is indexed with the file: changing it must rebuild.
      String overrides = file.entry().title().orElse("") + "\0" + file.entry().url().orElse("");
      fingerprint.update(overrides.getBytes(StandardCharsets.UTF_8));
      outcome
          .record()
          .ifPresent(
              record -> {
                fingerprint.update(file.displayPath().getBytes(StandardCharsets.UTF_8));
                fingerprint.update(HexFormat.of().parseHex(record.contentHash()));
                records.put(file.displayPath(), record);
              });
      problems.addAll(outcome.problems());
      outcome.document().ifPresent(documents);
      outcome
          .passages()
          .ifPresent(
              passages ->
                  report(reports, new FileReport(file.displayPath(), "document", passages, 0)));
    }

    organizerAnswers(problems, reports, fingerprint, documents);

    List<Session> sessions = new ArrayList<>();
    Set<String> sessionIds = new HashSet<>();
    Optional<ZoneId> declaredZone = Optional.empty();
    Optional<String> declaredName = Optional.empty();
    List<ConferenceFile> scheduleFiles = new ArrayList<>();
    settings.schedules().forEach(schedule -> scheduleFiles.addAll(files.schedule(schedule)));
    scheduleFiles.addAll(fetchedCopies(problems));
    ScheduleCache cache = scheduleCache.map(ScheduleCache::in).orElseGet(ScheduleCache::none);
    for (ConferenceFile file : scheduleFiles) {
      Optional<byte[]> content = scheduleContent(file, problems);
      if (content.isEmpty()) {
        continue;
      }
      byte[] hash = sha256().digest(content.get());
      fingerprint.update(file.displayPath().getBytes(StandardCharsets.UTF_8));
      fingerprint.update(hash);
      ScheduleReading reading =
          cache.reading(
              file.displayPath(),
              hash,
              settings.zone(),
              () ->
                  ScheduleFiles.read(
                      file.path(), content.get(), file.displayPath(), settings.zone()));
      problems.addAll(reading.problems());
      int kept = 0;
      for (Session session : reading.sessions()) {
        if (sessionIds.add(session.id())) {
          sessions.add(session);
          kept++;
        } else {
          problems.add(
              new Problem(
                  file.displayPath(),
                  "session id " + session.id() + " appears twice; kept the first"));
        }
      }
      declaredZone = declaredZone.or(reading::declaredZone);
      declaredName = declaredName.or(reading::conferenceName);
      report(reports, new FileReport(file.displayPath(), "schedule", 0, kept));
    }
    cache.save();
    problems.addAll(0, files.problems());
    problems.forEach(p -> log.debug("{}: {}", p.path(), p.reason()));
    return new FolderSummary(
        reports,
        problems,
        sessions,
        HexFormat.of().formatHex(fingerprint.digest()),
        declaredZone,
        declaredName,
        new IngestManifest(surveyedAt, records));
  }

  /**
   * The organizers' answers ({@code answers.yaml} beside {@code usher.yaml}), when the folder has
   * them: hashed into the fingerprint, so a changed file rebuilds the index even when no document
   * changed, and told to {@code documents} as one document per entry.
   */
  private void organizerAnswers(
      List<Problem> problems,
      List<FileReport> reports,
      MessageDigest fingerprint,
      Consumer<SourceDocument> documents) {
    Path file = settings.folder().resolve(OrganizerAnswers.FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      long size = Files.size(file);
      if (size > settings.maxFileBytes()) {
        problems.add(
            new Problem(
                OrganizerAnswers.FILE_NAME, "skipped: " + readable(size) + " is over the limit"));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      fingerprint.update(OrganizerAnswers.FILE_NAME.getBytes(StandardCharsets.UTF_8));
      fingerprint.update(sha256().digest(bytes));
      List<SourceDocument> answers =
          OrganizerAnswers.read(new String(bytes, StandardCharsets.UTF_8), problems);
      answers.forEach(documents);
      report(reports, new FileReport(OrganizerAnswers.FILE_NAME, "document", answers.size(), 0));
    } catch (IOException e) {
      problems.add(
          new Problem(OrganizerAnswers.FILE_NAME, "cannot be read: " + ReadFailure.describe(e)));
    }
  }

  /**
   * Every document file once, in the order first listed. Its title and url are each taken from the
   * entry that names it most closely and gives one (the file itself, else its nearest folder).
   */
  private List<ConferenceFile> documentFiles(ConferenceFiles files) {
    Map<String, ConferenceFile> chosen = new LinkedHashMap<>();
    for (DocumentEntry entry : settings.documents()) {
      for (ConferenceFile file : files.documents(entry)) {
        chosen.merge(file.displayPath(), file, ConferenceReader::closer);
      }
    }
    return List.copyOf(chosen.values());
  }

  /**
   * The two findings of one file as one: the closer entry's title and url, the other's where it
   * gives none.
   */
  private static ConferenceFile closer(ConferenceFile earlier, ConferenceFile later) {
    boolean laterIsCloser = later.specificity() > earlier.specificity();
    ConferenceFile near = laterIsCloser ? later : earlier;
    ConferenceFile far = laterIsCloser ? earlier : later;
    DocumentEntry entry =
        new DocumentEntry(
            near.entry().path(),
            near.entry().title().or(far.entry()::title),
            near.entry().url().or(far.entry()::url));
    return new ConferenceFile(near.path(), near.displayPath(), entry, near.specificity());
  }

  private void report(List<FileReport> reports, FileReport report) {
    reports.add(report);
    progress.accept(report);
  }

  /**
   * The last good copy of each schedule at a URL, named by its URL; one never fetched is reported.
   * These files are Usher's own, in its state folder, so they need not be inside the folder.
   */
  private List<ConferenceFile> fetchedCopies(List<Problem> problems) {
    List<ConferenceFile> copies = new ArrayList<>();
    for (var url : settings.scheduleUrls()) {
      ScheduleCopy copy = ScheduleCopy.of(url, settings.scheduleCopies());
      String shown = ScheduleUrl.display(url);
      copy.content()
          .ifPresentOrElse(
              file -> copies.add(new ConferenceFile(file, shown, DocumentEntry.of(shown))),
              () ->
                  problems.add(
                      new Problem(
                          shown,
                          "not fetched yet, no sessions from it"
                              + copy.state()
                                  .failure()
                                  .map(why -> " (the last fetch: " + why + ")")
                                  .orElse(""))));
    }
    return copies;
  }

  /** The schedule file's content; empty (and a problem) when it cannot be read. */
  private Optional<byte[]> scheduleContent(ConferenceFile file, List<Problem> problems) {
    try {
      long size = Files.size(file.path());
      if (size > settings.maxFileBytes()) {
        problems.add(overLimit(file, size));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file.path()));
    } catch (IOException e) {
      problems.add(cannotRead(file, e));
      return Optional.empty();
    }
  }

  private boolean withinLimit(ConferenceFile file) {
    try {
      return Files.size(file.path()) <= settings.maxFileBytes();
    } catch (IOException e) {
      return false;
    }
  }

  private Problem overLimit(ConferenceFile file, long size) {
    return new Problem(
        file.displayPath(),
        "skipped: "
            + readable(size)
            + " is over the limit of "
            + readable(settings.maxFileBytes()));
  }

  private static Problem cannotRead(ConferenceFile file, IOException e) {
    return new Problem(file.displayPath(), "cannot be read: " + ReadFailure.describe(e));
  }

  /**
   * Whole MB hid small limits ("0 MB is over the limit of 0 MB"); KB below 1 MB, MB with a decimal
   * above.
   */
  private static String readable(long bytes) {
    long mb = 1024 * 1024;
    return bytes < mb
        ? (bytes + 1023) / 1024 + " KB"
        : String.format(java.util.Locale.ROOT, "%.1f MB", (double) bytes / mb);
  }

  private static Optional<SourceDocument> readDocument(
      ConferenceFile file, byte[] bytes, List<Problem> problems) {
    try {
      String name = file.path().getFileName().toString();
      DocumentBudget budget = DocumentBudget.DEFAULT;
      ReadDocument read = DocumentReader.read(name, budget.textWithin(name, bytes));
      var passages = PassageSplitter.split(read, budget.maxPassages());
      if (passages.isEmpty()) {
        problems.add(new Problem(file.displayPath(), "skipped: no text in it"));
        return Optional.empty();
      }
      DocumentBudget.Bounded bounded = budget.apply(passages, budget.cutsText(name, bytes));
      bounded
          .problem()
          .ifPresent(problem -> problems.add(new Problem(file.displayPath(), problem)));
      String title = file.entry().title().orElse(read.title());
      return Optional.of(
          new SourceDocument(file.displayPath(), title, file.entry().url(), bounded.passages()));
    } catch (UnreadableDocumentException e) {
      problems.add(new Problem(file.displayPath(), "skipped: " + e.getMessage()));
      return Optional.empty();
    } catch (RuntimeException e) {
      // A parser bug on one hostile file must not stop the others from being indexed.
      problems.add(
          new Problem(
              file.displayPath(),
              "skipped: the reader failed on this file (" + ReadFailure.describe(e) + ")"));
      log.debug("reader failure on {}", file.displayPath(), e);
      return Optional.empty();
    }
  }

  /** The outcome of a parallel read, its own failure (an Error, a bug) thrown as it was. */
  private static DocumentOutcome joined(CompletableFuture<DocumentOutcome> reading) {
    return Meanwhile.joined(reading);
  }

  private static long nanos(Instant instant) {
    return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
