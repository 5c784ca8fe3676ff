package dev.usher.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.usher.core.command.CallerRole;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Slack user's role for the core: an organizer when {@code usher.yaml} lists them ({@code
 * slack.organizers}) or the workspace makes them an admin or owner ({@code users.info}, scope
 * {@code users:read}); an attendee otherwise, and when Slack cannot tell. Asked only for
 * organizer-only commands, on an answer thread (it is a Web API call).
 */
final class SlackCallers {
  private static final Logger LOG = LoggerFactory.getLogger(SlackCallers.class);

  private final SlackSettings settings;

  SlackCallers(SlackSettings settings) {
    this.settings = settings;
  }

  CallerRole role(MethodsClient client, String userId) {
    if (settings.listsOrganizer(userId)) {
      return CallerRole.ORGANIZER;
    }
    try {
      UsersInfoResponse info = client.usersInfo(r -> r.user(userId));
      if (!info.isOk() || info.getUser() == null) {
        LOG.warn(
            "Slack did not say whether {} is a workspace admin ({}): treated as an attendee",
            userId,
            info.getError());
        return CallerRole.ATTENDEE;
      }
      User user = info.getUser();
      return user.isAdmin() || user.isOwner() || user.isPrimaryOwner()
          ? CallerRole.ORGANIZER
          : CallerRole.ATTENDEE;
    } catch (IOException | SlackApiException e) {
      LOG.warn(
          "Slack did not say whether {} is a workspace admin ({}): treated as an attendee",
          userId,
          e.getMessage());
      return CallerRole.ATTENDEE;
    }
  }
}
