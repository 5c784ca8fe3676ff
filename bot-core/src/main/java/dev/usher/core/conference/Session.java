package dev.usher.core.conference;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the conference schedule: a talk, workshop, keynote or break.
 *
 * @param id the schedule's own id, stable across reloads
 * @param start when it starts, in the zone it was published in
 * @param end when it ends; never before {@code start}
 * @param description the abstract, possibly empty
 */
public record Session(
    String id,
    String title,
    ZonedDateTime start,
    ZonedDateTime end,
    Optional<String> room,
    Optional<String> track,
    List<String> speakers,
    String description,
    Optional<URI> url) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(url, "url");
    speakers = List.copyOf(speakers);
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start + " in " + id);
    }
  }

  /**
   * True while the session runs at {@code instant}: from its start, up to but excluding its end.
   */
  public boolean runsAt(ZonedDateTime instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
