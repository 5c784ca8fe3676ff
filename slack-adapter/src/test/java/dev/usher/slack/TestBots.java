package dev.usher.slack;

import dev.usher.core.Bot;
import dev.usher.core.conference.Conference;
import java.time.Clock;
import java.util.Optional;

/** A real bot over the fake knowledge, at a fixed moment the day before the keynote. */
final class TestBots {
  private TestBots() {}

  static Bot bot() {
    Conference conference =
        new Conference("TestConf", FakeKnowledge.ZONE, Optional.of("Ask at the help desk."),
            Optional.empty());
    Clock clock = Clock.fixed(FakeKnowledge.KEYNOTE_START.minusDays(1).toInstant(), FakeKnowledge.ZONE);
    return new Bot(conference, new FakeKnowledge(), clock);
  }
}
