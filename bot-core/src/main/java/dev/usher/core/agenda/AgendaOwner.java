package dev.usher.core.agenda;

import dev.usher.core.command.Caller;
import java.util.Objects;

/** Whose agenda: a person on one platform ({@code discord}, {@code slack}, {@code console}). */
public record AgendaOwner(String platform, String userId) {
  public AgendaOwner {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(userId, "userId");
    if (platform.isBlank() || userId.isBlank()) {
      throw new IllegalArgumentException("platform and userId must not be blank");
    }
  }

  public static AgendaOwner of(Caller caller) {
    return new AgendaOwner(caller.platform(), caller.userId());
  }

  /** Without the user id: an owner is never logged by who they are. */
  @Override
  public String toString() {
    return "an attendee on " + platform;
  }
}
