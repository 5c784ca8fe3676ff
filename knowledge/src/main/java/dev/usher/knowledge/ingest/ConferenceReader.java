package dev.usher.knowledge.ingest;

import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.knowledge.IngestReport.Problem;
import dev.usher.core.schedule.Session;
import dev.usher.knowledge.document.DocumentReader;
import dev.usher.knowledge.document.PassageSplitter;
import dev.usher.knowledge.document.ReadDocument;
import dev.usher.knowledge.document.UnreadableDocumentException;
import dev.usher.knowledge.fetch.ScheduleCopy;
import dev.usher.knowledge.fetch.ScheduleUrl;
import dev.usher.knowledge.io.ReadFailure;
import dev.usher.knowledge.schedule.ScheduleFiles;
import dev.usher.knowledge.schedule.ScheduleReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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

  /** @param progress told of each file once it is read, for progress displays */
  public ConferenceReader(KnowledgeSettings settings, Consumer<FileReport> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public ConferenceMaterial read() {
    ConferenceFiles files = new ConferenceFiles(settings.folder(), settings.schedules());
    List<Problem> problems = new ArrayList<>();
    List<FileReport> reports = new ArrayList<>();
    MessageDigest fingerprint = sha256();
    fingerprint.update(settings.zone().getId().getBytes(StandardCharsets.UTF_8));

    List<SourceDocument> documents = new ArrayList<>();
    for (ConferenceFile file : documentFiles(files)) {
      // A title or url the configuration gives is indexed with the file: changing it must rebuild.
      String overrides = file.entry().title().orElse("") + "\0" + file.entry().url().orElse("");
      fingerprint.update(overrides.getBytes(StandardCharsets.UTF_8));
      readBytes(file, problems, fingerprint)
          .flatMap(bytes -> readDocument(file, bytes, problems))
          .ifPresent(
              document -> {
                documents.add(document);
                report(reports, new FileReport(file.displayPath(), "document", document.passages().size(), 0));
              });
    }

    List<Session> sessions = new ArrayList<>();
    Set<String> sessionIds = new HashSet<>();
    Optional<ZoneId> declaredZone = Optional.empty();
    Optional<String> declaredName = Optional.empty();
    List<ConferenceFile> scheduleFiles = new ArrayList<>();
    settings.schedules().forEach(schedule -> scheduleFiles.addAll(files.schedule(schedule)));
    scheduleFiles.addAll(fetchedCopies(problems));
    for (ConferenceFile file : scheduleFiles) {
      if (readBytes(file, problems, fingerprint).isEmpty()) {
        continue;
      }
      ScheduleReading reading = ScheduleFiles.read(file.path(), file.displayPath(), settings.zone());
      problems.addAll(reading.problems());
      int kept = 0;
      for (Session session : reading.sessions()) {
        if (sessionIds.add(session.id())) {
          sessions.add(session);
          kept++;
        } else {
          problems.add(new Problem(file.displayPath(), "session id " + session.id() + " appears twice; kept the first"));
        }
      }
      declaredZone = declaredZone.or(reading::declaredZone);
      declaredName = declaredName.or(reading::conferenceName);
      report(reports, new FileReport(file.displayPath(), "schedule", 0, kept));
    }
    problems.addAll(0, files.problems());
    problems.forEach(p -> log.debug("{}: {}", p.path(), p.reason()));
    return new ConferenceMaterial(
        documents, sessions, reports, problems,
        HexFormat.of().formatHex(fingerprint.digest()), declaredZone, declaredName);
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
      copy.content().ifPresentOrElse(
          file -> copies.add(new ConferenceFile(file, shown, DocumentEntry.of(shown))),
          () -> problems.add(new Problem(shown, "not fetched yet, no sessions from it"
              + copy.state().failure().map(why -> " (the last fetch: " + why + ")").orElse(""))));
    }
    return copies;
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

  /** The two findings of one file as one: the closer entry's title and url, the other's where it gives none. */
  private static ConferenceFile closer(ConferenceFile earlier, ConferenceFile later) {
    boolean laterIsCloser = later.specificity() > earlier.specificity();
    ConferenceFile near = laterIsCloser ? later : earlier;
    ConferenceFile far = laterIsCloser ? earlier : later;
    DocumentEntry entry = new DocumentEntry(
        near.entry().path(), near.entry().title().or(far.entry()::title), near.entry().url().or(far.entry()::url));
    return new ConferenceFile(near.path(), near.displayPath(), entry, near.specificity());
  }

  private void report(List<FileReport> reports, FileReport report) {
    reports.add(report);
    progress.accept(report);
  }

  private Optional<byte[]> readBytes(ConferenceFile file, List<Problem> problems, MessageDigest fingerprint) {
    try {
      long size = Files.size(file.path());
      if (size > settings.maxFileBytes()) {
        problems.add(new Problem(file.displayPath(),
            "skipped: " + readable(size) + " is over the limit of " + readable(settings.maxFileBytes())));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file.path());
      fingerprint.update(file.displayPath().getBytes(StandardCharsets.UTF_8));
      fingerprint.update(sha256().digest(bytes));
      return Optional.of(bytes);
    } catch (IOException e) {
      problems.add(new Problem(file.displayPath(), "cannot be read: " + ReadFailure.describe(e)));
      return Optional.empty();
    }
  }

  /** Whole MB hid small limits ("0 MB is over the limit of 0 MB"); KB below 1 MB, MB with a decimal above. */
  private static String readable(long bytes) {
    long mb = 1024 * 1024;
    return bytes < mb
        ? (bytes + 1023) / 1024 + " KB"
        : String.format(java.util.Locale.ROOT, "%.1f MB", (double) bytes / mb);
  }

  private static Optional<SourceDocument> readDocument(ConferenceFile file, byte[] bytes, List<Problem> problems) {
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
      bounded.problem().ifPresent(problem -> problems.add(new Problem(file.displayPath(), problem)));
      String title = file.entry().title().orElse(read.title());
      return Optional.of(new SourceDocument(file.displayPath(), title, file.entry().url(), bounded.passages()));
    } catch (UnreadableDocumentException e) {
      problems.add(new Problem(file.displayPath(), "skipped: " + e.getMessage()));
      return Optional.empty();
    } catch (RuntimeException e) {
      // A parser bug on one hostile file must not stop the others from being indexed.
      problems.add(new Problem(file.displayPath(), "skipped: the reader failed on this file (" + ReadFailure.describe(e) + ")"));
      log.debug("reader failure on {}", file.displayPath(), e);
      return Optional.empty();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
