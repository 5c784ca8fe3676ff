package dev.usher.core.command;

import java.util.Objects;
import java.util.Optional;

/** What an attendee or organizer asks of the bot, whatever the platform it came through. */
public sealed interface Request {

  /** A question in plain words. */
  record Ask(String question) implements Request {
    public Ask {
      Objects.requireNonNull(question, "question");
    }
  }

  /** The sessions of a day ({@code today} when absent), optionally of one room or track. */
  record ShowSchedule(Optional<String> day, Optional<String> room, Optional<String> track)
      implements Request {
    public ShowSchedule {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(room, "room");
      Objects.requireNonNull(track, "track");
    }
  }

  /** The sessions running now. */
  record Now() implements Request {}

  /** The next session in each room, or in one room. */
  record Next(Optional<String> room) implements Request {
    public Next {
      Objects.requireNonNull(room, "room");
    }
  }

  /** One session found by a forgiving match on its title. */
  record FindSession(String title) implements Request {
    public FindSession {
      Objects.requireNonNull(title, "title");
    }
  }

  /** The sessions of a speaker, in time order. */
  record FindSpeaker(String name) implements Request {
    public FindSpeaker {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The sessions in a room, in time order. */
  record FindRoom(String name) implements Request {
    public FindRoom {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The sessions of a track, in time order. */
  record FindTrack(String name) implements Request {
    public FindTrack {
      Objects.requireNonNull(name, "name");
    }
  }

  /** What the bot can do. */
  record Help() implements Request {}

  /** What this bot is and which conference it serves. */
  record About() implements Request {}

  /** Re-read the conference folder (organizers only; the platform checks the permission). */
  record Reload() implements Request {}

  /**
   * Someone pressed a button the bot put under a reply; {@code action} is the button's action as
   * the reply gave it. The reply to it is shown to the presser alone.
   */
  record Press(String action) implements Request {
    public Press {
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * The questions the bot could not answer, or whose answer was marked unhelpful, grouped
   * (organizers only).
   *
   * @param since how far back, such as {@code 1d} or {@code 12h}; absent: the whole kept log
   */
  record Report(Optional<String> since) implements Request {
    public Report {
      Objects.requireNonNull(since, "since");
    }
  }

  /** Star a session, found by its title as {@code session} finds it, for the person asking. */
  record Star(String title) implements Request {
    public Star {
      Objects.requireNonNull(title, "title");
    }
  }

  /** Remove a session, found by its title, from the asker's agenda. */
  record Unstar(String title) implements Request {
    public Unstar {
      Objects.requireNonNull(title, "title");
    }
  }

  /** The asker's starred sessions: of one day, or all of them when {@code day} is absent. */
  record ShowAgenda(Optional<String> day) implements Request {
    public ShowAgenda {
      Objects.requireNonNull(day, "day");
    }
  }

  /** Turn the asker's direct messages before starred sessions on or off. */
  record AgendaReminders(boolean on) implements Request {}

  /** The asker's starred sessions as an iCalendar file. */
  record AgendaCalendar() implements Request {}

  /** Delete everything kept for the asker. */
  record ForgetMe() implements Request {}
}
