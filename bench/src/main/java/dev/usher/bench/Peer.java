package dev.usher.bench;

import dev.usher.core.reply.Reply;

/** One system that answers questions over a corpus. Thread-safe: {@link #answer} runs on several threads. */
interface Peer extends AutoCloseable {
  String name();

  /** Question in, finished reply out: the whole answer path. */
  Reply answer(String question);

  /** The index's size in bytes on disk. */
  long indexBytes();

  @Override
  void close();
}
