package dev.usher.knowledge.index;

import dev.usher.core.conference.Session;
import dev.usher.knowledge.document.Passage;
import dev.usher.knowledge.ingest.SourceDocument;
import java.util.StringJoiner;

/**
 * The text whose meaning an entry's vector holds: what it is about (title, heading) before what it
 * says, since the model reads only a text's first 256 word pieces.
 */
final class EmbeddedText {
  private EmbeddedText() {}

  static String of(SourceDocument document, Passage passage) {
    StringJoiner text = new StringJoiner("\n");
    text.add(document.title());
    if (!passage.section().isBlank()) {
      text.add(passage.section());
    }
    return text.add(passage.text()).toString();
  }

  static String of(Session session) {
    StringJoiner text = new StringJoiner("\n");
    text.add(session.title());
    if (!session.speakers().isEmpty()) {
      text.add(String.join(", ", session.speakers()));
    }
    session.room().ifPresent(text::add);
    session.track().ifPresent(text::add);
    return text.add(session.description()).toString();
  }
}
