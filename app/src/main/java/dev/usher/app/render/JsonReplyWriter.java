package dev.usher.app.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usher.core.conference.Session;
import dev.usher.core.conference.SessionId;
import dev.usher.core.reply.Answer;
import dev.usher.core.reply.FileReply;
import dev.usher.core.reply.Info;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.ScheduleChanges;
import dev.usher.core.reply.ScheduleOverview;
import dev.usher.core.reply.SessionCards;
import dev.usher.core.reply.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * One JSON object per reply: {@code question, answered, text, sources, sessions}, where {@code
 * text} is the plain text an attendee reads.
 */
public final class JsonReplyWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TextRenderer text = new TextRenderer(false);

  public String line(String question, Reply reply) {
    ObjectNode out = JSON.createObjectNode();
    out.put("question", question);
    out.put("answered", answered(reply));
    out.put("text", text.render(reply));
    ArrayNode sources = out.putArray("sources");
    for (Source source : sources(reply)) {
      sources.addObject().put("id", source.id()).put("title", source.title());
    }
    ArrayNode sessions = out.putArray("sessions");
    for (Session session : sessions(reply)) {
      ObjectNode card = sessions.addObject();
      card.put("id", session.id())
          .put("title", session.title())
          .put("start", session.start().toOffsetDateTime().toString())
          .put("end", session.end().toOffsetDateTime().toString())
          .put("room", session.room().orElse(null))
          .put("track", session.track().orElse(null));
      ArrayNode speakers = card.putArray("speakers");
      session.speakers().forEach(speakers::add);
    }
    return out.toString();
  }

  /** Whether the reply answers (as opposed to declining or only informing). */
  public static boolean answered(Reply reply) {
    return switch (reply) {
      case Answer answer -> true;
      case SessionCards cards -> true;
      case ScheduleOverview overview -> true;
      case NoAnswer none -> false;
      case Info info -> true;
      case ScheduleChanges changes -> true;
      case FileReply file -> true;
    };
  }

  /** The sources a reply cites, in order: the answer's first, then "also in", or the sessions. */
  public static List<Source> sources(Reply reply) {
    return switch (reply) {
      case Answer answer -> {
        List<Source> all = new ArrayList<>();
        all.add(answer.source());
        answer.alsoIn().forEach(also -> all.add(also.source()));
        yield all;
      }
      case SessionCards cards -> sessionSources(cards.sessions());
      case ScheduleOverview overview -> sessionSources(sessions(overview));
      case NoAnswer none -> List.of();
      case Info info -> List.of();
      case ScheduleChanges changes -> List.of();
      case FileReply file -> List.of();
    };
  }

  public static List<Session> sessions(Reply reply) {
    if (reply instanceof ScheduleOverview overview) {
      return overview.groups().stream().flatMap(g -> g.highlights().stream()).toList();
    }
    return reply instanceof SessionCards cards ? cards.sessions() : List.of();
  }

  private static List<Source> sessionSources(List<Session> sessions) {
    return sessions.stream()
        .map(
            s ->
                new Source(
                    SessionId.of(s.id()).sourceId(),
                    s.title(),
                    s.room(),
                    s.url().map(Object::toString)))
        .toList();
  }
}
