package dev.usher.app.eval;

import dev.usher.core.reply.Reply;

/** How one question went. */
public record EvalResult(
    EvalQuestion question, Reply reply, String text, boolean passed, String why) {}
