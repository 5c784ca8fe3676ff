package dev.usher.bench;

import dev.usher.core.reply.Reply;
import java.time.Clock;

/**
 * One system that answers questions over a corpus. Thread-safe: {@link #answer} runs on several
 * threads.
 */
interface Peer extends AutoCloseable {
  String name();

  /** Question in, finished reply out: the whole answer path. */
  Reply answer(String question);

  /** The same, asked at the moment {@code clock} gives; only a peer that knows a schedule cares. */
  default Reply answer(String question, Clock clock) {
    return answer(question);
  }

  /** The index's size in bytes on disk. */
  long indexBytes();

  @Override
  void close();
}
