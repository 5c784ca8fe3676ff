package dev.usher.bench;

import dev.usher.core.Bot;
import dev.usher.core.command.Request;
import dev.usher.core.conference.Conference;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.reply.Reply;
import dev.usher.knowledge.LuceneKnowledge;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.time.Clock;
import java.util.Optional;

/** Usher itself: its Lucene knowledge on disk and the bot's answer engine over it. */
final class UsherPeer implements Peer {
  static final String SEMANTIC = "Usher, semantic on";
  static final String LEXICAL = "Usher, semantic off";

  private final LuceneKnowledge knowledge;
  private final Bot bot;
  private final KnowledgeSettings settings;

  private UsherPeer(KnowledgeSettings settings, LuceneKnowledge knowledge, Bot bot) {
    this.settings = settings;
    this.knowledge = knowledge;
    this.bot = bot;
  }

  /**
   * Builds the index from scratch in {@code settings.indexDirectory()}, which must be empty, with
   * sentence vectors when {@code settings.semantic()} (from its vector cache file when present).
   *
   * @throws IllegalStateException when semantic search was asked for and the model did not load:
   *     the figures would be those of the lexical peer under the wrong name
   */
  static UsherPeer build(KnowledgeSettings settings, String name, Optional<String> help) {
    LuceneKnowledge knowledge = LuceneKnowledge.open(settings, file -> {});
    if (settings.semantic() && !knowledge.semantic()) {
      knowledge.close();
      throw new IllegalStateException("the sentence model did not load; see the warning above");
    }
    Conference conference = new Conference(name, settings.zone(), help, Optional.empty());
    return new UsherPeer(
        settings, knowledge, new Bot(conference, knowledge, Clock.system(settings.zone())));
  }

  @Override
  public String name() {
    return settings.semantic() ? SEMANTIC : LEXICAL;
  }

  @Override
  public Reply answer(String question) {
    return bot.handle(new Request.Ask(question));
  }

  @Override
  public Reply answer(String question, Clock clock) {
    return bot.at(clock).handle(new Request.Ask(question));
  }

  /** What the build read: passages, sessions, problems. */
  IngestReport report() {
    return knowledge.lastReport();
  }

  @Override
  public long indexBytes() {
    return Folders.size(settings.indexDirectory());
  }

  @Override
  public void close() {
    knowledge.close();
  }
}
