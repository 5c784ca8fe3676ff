package dev.usher.core.command;

import java.util.Objects;

/**
 * Who asks, and where: the platform ({@code discord}, {@code slack}, {@code console}), the person's
 * id there, the conversation the request came from, and the role the platform gives them.
 *
 * <p>The user id is for what a person keeps for themselves (a personal agenda) and for nothing
 * else: what the bot records about questions (the organizer's report) keeps the platform and the
 * channel, never who asked.
 */
public record Caller(String platform, String userId, String channelId, CallerRole role) {
  /** The platform of the terminal: the console and {@code ./usher ask}. */
  public static final String CONSOLE = "console";

  public Caller {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(role, "role");
  }

  /** The person running the bot at the terminal, who is an organizer. */
  public static Caller operator() {
    return new Caller(CONSOLE, "operator", CONSOLE, CallerRole.ORGANIZER);
  }

  /** Someone at the conference, asking on {@code platform} in {@code channelId}. */
  public static Caller attendee(String platform, String userId, String channelId) {
    return new Caller(platform, userId, channelId, CallerRole.ATTENDEE);
  }

  /** The same person and place with another role (once the platform has said they organize). */
  public Caller withRole(CallerRole newRole) {
    return new Caller(platform, userId, channelId, newRole);
  }

  public boolean organizer() {
    return role == CallerRole.ORGANIZER;
  }
}
