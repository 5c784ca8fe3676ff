package dev.usher.core.testing;

import dev.usher.core.conference.Session;
import dev.usher.core.conference.SessionId;
import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.reply.Snippet;
import dev.usher.core.reply.Source;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One searchable unit, cut into words once. Like the real index, a word counts as found in the
 * passage when it is in its heading or text, and as found in the title only when it is in the
 * document's title (true of every passage of that document).
 *
 * @param heading the section heading of a document passage; a session's title, room, track and
 *     speakers
 * @param text what is quoted: a document passage's text, a session's description
 */
record Passage(
    PassageHit.Kind kind, Source source, String text, Tokens title, Tokens heading, Tokens body) {
  Passage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  static Passage document(Source source, String text) {
    return new Passage(
        PassageHit.Kind.DOCUMENT,
        source,
        text,
        Tokens.of(source.title()),
        Tokens.of(source.section().orElse("")),
        Tokens.of(text));
  }

  static Passage session(Session session) {
    Source source =
        new Source(
            SessionId.of(session.id()).sourceId(),
            session.title(),
            Optional.empty(),
            session.url().map(URI::toString));
    String heading =
        String.join(
            "\n",
            session.title(),
            session.room().orElse(""),
            session.track().orElse(""),
            String.join(", ", session.speakers()));
    return new Passage(
        PassageHit.Kind.SESSION,
        source,
        session.description(),
        Tokens.of(session.title()),
        Tokens.of(heading),
        Tokens.of(session.description()));
  }

  /** True when {@code word} is in the heading or text. */
  boolean matches(String word) {
    return heading.contains(word) || body.contains(word);
  }

  boolean matchesTitle(String word) {
    return title.contains(word);
  }

  boolean mentions(String word) {
    return matches(word) || matchesTitle(word);
  }

  /** The text with every occurrence of the given words emphasized. */
  Snippet emphasize(List<String> words) {
    List<Snippet.Span> spans = new ArrayList<>();
    for (String word : words) {
      spans.addAll(body.find(word));
    }
    spans.sort(Comparator.comparingInt(Snippet.Span::start));
    List<Snippet.Span> disjoint = new ArrayList<>();
    for (Snippet.Span span : spans) {
      if (!disjoint.isEmpty() && span.start() < disjoint.getLast().end()) {
        Snippet.Span last = disjoint.removeLast();
        disjoint.add(new Snippet.Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        disjoint.add(span);
      }
    }
    return new Snippet(text, disjoint);
  }
}
