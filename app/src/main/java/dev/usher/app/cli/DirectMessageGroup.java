package dev.usher.app.cli;

import dev.usher.core.reminder.PlannedPost;
import dev.usher.core.reply.SessionCards;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agenda DMs of one session at one minute on one platform, for the dry run: the first of them
 * (they read alike) and how many attendees get one. Who they are is not kept.
 */
record DirectMessageGroup(PlannedPost first, int attendees) {

  /** Groups {@code posts} (the agendas' DMs) by platform, session and minute, in first order. */
  static List<DirectMessageGroup> of(List<PlannedPost> posts) {
    Map<String, List<PlannedPost>> bySession = new LinkedHashMap<>();
    for (PlannedPost post : posts) {
      String group = post.key().platform() + "/" + sessionId(post) + "/" + post.at();
      bySession.computeIfAbsent(group, g -> new ArrayList<>()).add(post);
    }
    return bySession.values().stream()
        .map(same -> new DirectMessageGroup(same.getFirst(), same.size()))
        .toList();
  }

  /** The id of the session an agenda DM is about (its card shows that one session). */
  static String sessionId(PlannedPost post) {
    return post.reply() instanceof SessionCards cards && cards.sessions().size() == 1
        ? cards.sessions().getFirst().id()
        : post.key().subject();
  }

  /** "1 attendee", "3 attendees". */
  static String attendees(int count) {
    return count + (count == 1 ? " attendee" : " attendees");
  }
}
