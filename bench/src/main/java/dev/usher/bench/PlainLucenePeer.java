package dev.usher.bench;

import dev.usher.core.reply.Reply;
import dev.usher.knowledge.baseline.PlainLuceneBaseline;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import java.nio.file.Path;

/** Plain Lucene: whole documents, StandardAnalyzer, the top hit as the answer. */
final class PlainLucenePeer implements Peer {
  private final PlainLuceneBaseline baseline;

  private PlainLucenePeer(PlainLuceneBaseline baseline) {
    this.baseline = baseline;
  }

  static PlainLucenePeer build(KnowledgeSettings settings, Path indexDirectory) {
    return new PlainLucenePeer(PlainLuceneBaseline.buildOnDisk(settings, indexDirectory));
  }

  @Override
  public String name() {
    return "Plain Lucene";
  }

  @Override
  public Reply answer(String question) {
    return baseline.answer(question);
  }

  @Override
  public long indexBytes() {
    return baseline.indexBytes();
  }

  @Override
  public void close() {
    baseline.close();
  }
}
