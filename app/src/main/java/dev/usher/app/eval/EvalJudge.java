package dev.usher.app.eval;

import dev.usher.app.render.JsonReplyWriter;
import dev.usher.app.render.TextRenderer;
import dev.usher.core.conference.Session;
import dev.usher.core.conference.SessionId;
import dev.usher.core.reply.NoAnswer;
import dev.usher.core.reply.Reply;
import dev.usher.core.reply.Source;
import java.util.Arrays;
import java.util.List;

/**
 * The pass rule of a question set: the first answer's text matches {@code expect} and cites {@code
 * source} (for {@code session:ID}, as the first session listed; {@code a|b} means either); or, for
 * an abstention question, the bot declines.
 */
public final class EvalJudge {
  private final TextRenderer text = new TextRenderer(false);

  public EvalResult judge(EvalQuestion question, Reply reply) {
    String shown = text.render(reply);
    if (question.expectsAbstention()) {
      boolean declined = reply instanceof NoAnswer;
      return new EvalResult(
          question,
          reply,
          shown,
          declined,
          declined ? "declined" : "answered instead of declining");
    }
    if (reply instanceof NoAnswer) {
      return new EvalResult(question, reply, shown, false, "declined");
    }
    if (!question.expect().orElseThrow().matcher(shown).find()) {
      return new EvalResult(question, reply, shown, false, "text does not match");
    }
    String wanted = question.source().orElse("");
    // "a|b": citing any one of the alternatives passes.
    boolean cited =
        wanted.isEmpty()
            || Arrays.stream(wanted.split("\\|"))
                .map(String::strip)
                .anyMatch(one -> cites(reply, one));
    return new EvalResult(question, reply, shown, cited, cited ? "ok" : "does not cite " + wanted);
  }

  private static boolean cites(Reply reply, String wanted) {
    List<Source> sources = JsonReplyWriter.sources(reply);
    if (SessionId.isSession(wanted)) {
      List<Session> sessions = JsonReplyWriter.sessions(reply);
      String first =
          !sessions.isEmpty()
              ? SessionId.of(sessions.get(0).id()).sourceId()
              : sources.isEmpty() ? "" : sources.get(0).id();
      return first.equals(wanted);
    }
    return sources.stream().anyMatch(source -> source.fileName().equals(wanted));
  }
}
