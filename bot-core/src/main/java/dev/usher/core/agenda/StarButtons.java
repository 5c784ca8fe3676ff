package dev.usher.core.agenda;

import dev.usher.core.conference.Session;
import dev.usher.core.reply.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Star" buttons under session cards: one per card shown, for the first few, each naming its
 * session by id ({@code star:ID}), so a press stars exactly the session on the card.
 */
public final class StarButtons {
  /** One row of buttons on Discord; more cards than this is a list to browse, not to star from. */
  static final int MAX_BUTTONS = 5;

  static final String STAR = "star:";
  private static final String LABEL = "Star: ";

  private StarButtons() {}

  /**
   * The buttons for {@code sessions}, in order, at most {@link #MAX_BUTTONS}; a session whose id
   * does not fit a button's action (long, or not plain ASCII) gets none: {@code /star} still works.
   */
  public static List<Button> under(List<Session> sessions) {
    List<Button> buttons = new ArrayList<>();
    for (Session session : sessions) {
      if (buttons.size() == MAX_BUTTONS) {
        break;
      }
      String action = STAR + session.id();
      if (fits(action)) {
        buttons.add(new Button(label(session.title()), action));
      }
    }
    return buttons;
  }

  /** The session id a star button's action names; empty for any other action. */
  public static Optional<String> sessionOf(String action) {
    return action.startsWith(STAR) && action.length() > STAR.length()
        ? Optional.of(action.substring(STAR.length()))
        : Optional.empty();
  }

  private static boolean fits(String action) {
    return action.length() <= Button.MAX_ACTION && action.chars().allMatch(c -> c > ' ' && c < 127);
  }

  /** "Star: " and the title, cut at a word to the button's limit. */
  private static String label(String title) {
    String text = LABEL + title.strip().replaceAll("\\s+", " ");
    if (text.length() <= Button.MAX_LABEL) {
      return text;
    }
    int end = Button.MAX_LABEL - 1;
    // Never half an emoji: a lone surrogate is not text, and Discord refuses the whole message.
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    String cut = text.substring(0, end);
    int space = cut.lastIndexOf(' ');
    return (space > LABEL.length() ? cut.substring(0, space) : cut) + "…";
  }
}
