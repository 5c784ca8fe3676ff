package dev.usher.app;

import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.UsherSettings;
import dev.usher.core.Bot;
import dev.usher.core.announce.ScheduleWatch;
import dev.usher.core.conference.Conference;
import dev.usher.core.knowledge.IngestReport.FileReport;
import dev.usher.core.questions.QuestionLog;
import dev.usher.knowledge.LuceneKnowledge;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.semantic.EmbeddingProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/** A conference folder, opened: its settings, its knowledge and a bot over them. */
public final class ConferenceRuntime implements AutoCloseable {
  private final UsherSettings settings;
  private final LuceneKnowledge knowledge;
  private final Conference conference;
  private final ScheduleWatch watch;

  private ConferenceRuntime(
      UsherSettings settings, LuceneKnowledge knowledge, Conference conference) {
    this.settings = settings;
    this.knowledge = knowledge;
    this.conference = conference;
    this.watch = new ScheduleWatch(knowledge);
  }

  /**
   * Reads the folder's settings and material, rebuilding its index when a file changed.
   *
   * @param progress told of each file as it is read
   */
  public static ConferenceRuntime open(Path folder, Consumer<FileReport> progress) {
    return open(folder, progress, EmbeddingProgress.SILENT);
  }

  /** Like {@link #open(Path, Consumer)}, also telling how embedding passages and sessions goes. */
  public static ConferenceRuntime open(
      Path folder, Consumer<FileReport> progress, EmbeddingProgress embedding) {
    return open(SettingsLoader.load(folder), progress, embedding);
  }

  /**
   * Like {@link #open(Path, Consumer, EmbeddingProgress)}, with the folder's settings already read.
   */
  public static ConferenceRuntime open(
      UsherSettings settings, Consumer<FileReport> progress, EmbeddingProgress embedding) {
    Path folder = settings.folder();
    // Without usher.yaml the schedule says which zone it is in: read from the schedule files alone
    // first, so the folder is read (and its index built) once, in that zone.
    ZoneId readZone =
        settings
            .zone()
            .orElseGet(
                () ->
                    new ConferenceReader(settings.knowledge(ZoneOffset.UTC), file -> {})
                        .declaredZone()
                        .orElse(ZoneOffset.UTC));
    // Opening a conference is where the real clock enters; commands' --now is for answers only.
    ScheduleRefresher.fetchMissing(settings, readZone, Clock.systemUTC());
    LuceneKnowledge knowledge =
        LuceneKnowledge.open(settings.knowledge(readZone), progress, embedding);
    String name =
        settings
            .name()
            .or(() -> knowledge.summary().declaredName())
            .orElse(folder.toAbsolutePath().normalize().getFileName().toString());
    Conference conference = new Conference(name, readZone, settings.help(), settings.url());
    ConferenceRuntime runtime = new ConferenceRuntime(settings, knowledge, conference);
    if (!settings.scheduleUrls().isEmpty()) {
      // /reload reads what the schedule tool publishes now, not the copy of the last poll.
      runtime.watch.fetchBeforeReload(
          () -> ScheduleRefresher.fetchAll(settings, readZone, Clock.systemUTC()));
    }
    return runtime;
  }

  /** A bot that logs no question: for runs that only measure ({@code ./usher eval}). */
  public Bot bot(Clock clock) {
    return new Bot(conference, watch, clock);
  }

  /** A bot that records declined questions and given answers in {@code questions}. */
  public Bot bot(Clock clock, QuestionLog questions) {
    return new Bot(conference, watch, clock, questions);
  }

  /**
   * The knowledge as the bot sees it: every reload through it ({@code /reload}, a fetched schedule)
   * tells its listeners the schedule before and after, and {@code /reload} first fetches the
   * schedule URLs (conditionally), one at a time with the poller.
   */
  public ScheduleWatch watch() {
    return watch;
  }

  public UsherSettings settings() {
    return settings;
  }

  public LuceneKnowledge knowledge() {
    return knowledge;
  }

  public Conference conference() {
    return conference;
  }

  @Override
  public void close() {
    knowledge.close();
  }
}
