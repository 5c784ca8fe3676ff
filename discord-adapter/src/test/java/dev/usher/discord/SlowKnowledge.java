package dev.usher.discord;

import dev.usher.core.command.CompletionKind;
import dev.usher.core.conference.Schedule;
import dev.usher.core.knowledge.IngestReport;
import dev.usher.core.knowledge.Knowledge;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Knowledge whose answers to a question with the word {@value #WORD} wait for {@link
 * #releaseSlowAnswers()}, so a test controls how long an answer takes. The word only says "take
 * your time": it is dropped from the question before the search.
 */
final class SlowKnowledge implements Knowledge {
  static final String WORD = "slow";

  private final Knowledge knowledge;
  private final CountDownLatch slow = new CountDownLatch(1);

  SlowKnowledge(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  void releaseSlowAnswers() {
    slow.countDown();
  }

  @Override
  public List<PassageHit> search(PassageQuery query) {
    if (query.words().stream().noneMatch(SlowKnowledge::isSlow)) {
      return knowledge.search(query);
    }
    try {
      if (!slow.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("slow answer was never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    List<String> words = query.words().stream().filter(w -> !isSlow(w)).toList();
    List<String> phrases =
        query.phrases().stream()
            .filter(p -> Arrays.stream(p.split(" ")).noneMatch(SlowKnowledge::isSlow))
            .toList();
    return knowledge.search(new PassageQuery(words, phrases, query.limit()));
  }

  private static boolean isSlow(String word) {
    return word.equalsIgnoreCase(WORD);
  }

  @Override
  public List<String> spellings(String word, int max) {
    return knowledge.spellings(word, max);
  }

  @Override
  public Schedule schedule() {
    return knowledge.schedule();
  }

  @Override
  public List<String> complete(CompletionKind kind, String prefix, int max) {
    return knowledge.complete(kind, prefix, max);
  }

  @Override
  public IngestReport reload() {
    return knowledge.reload();
  }
}
