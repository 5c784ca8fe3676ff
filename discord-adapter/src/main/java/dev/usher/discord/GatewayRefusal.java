package dev.usher.discord;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;

/**
 * Why Discord's gateway refused the bot for good, read from the close code JDA shut down with, in
 * one line that says what to fix. JDA itself only says "Was shutdown trying to await status" with a
 * wiki link; these two are the closes an organizer causes and can fix.
 */
final class GatewayRefusal extends ListenerAdapter {
  /** Authentication failed: the token in IDENTIFY is not a bot's token (any more). */
  static final int AUTHENTICATION_FAILED = 4004;

  /** Disallowed intents: a privileged intent the application is not allowed to use. */
  static final int DISALLOWED_INTENTS = 4014;

  /** Discord's privileged intents: each must be switched on for the bot in the Developer Portal. */
  private static final Set<GatewayIntent> PRIVILEGED =
      EnumSet.of(
          GatewayIntent.GUILD_MEMBERS,
          GatewayIntent.GUILD_PRESENCES,
          GatewayIntent.MESSAGE_CONTENT);

  private static final Pattern CODE_IN_REASON = Pattern.compile("(?:code=|closecode)(\\d{4})\\b");

  private final Set<GatewayIntent> intents;
  private final String tokenVariable;
  private final AtomicInteger closeCode = new AtomicInteger(-1);

  /**
   * @param tokenVariable the environment variable the token came from, named in the message
   */
  GatewayRefusal(Set<GatewayIntent> intents, String tokenVariable) {
    this.intents = EnumSet.copyOf(intents);
    this.tokenVariable = tokenVariable;
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    closeCode.set(event.getCode());
  }

  /**
   * The one-line reason when JDA shut down after such a close; empty for any other end. The close
   * code comes from JDA's {@link ShutdownEvent} when it was handled already, else from the reason
   * JDA's {@code awaitReady} gave ({@code CloseCode[...](code=4004, ...)}, or its 4014 wiki link).
   */
  Optional<String> reason(IllegalStateException shutDown) {
    int code = closeCode.get();
    if (code < 0) {
      Matcher named = CODE_IN_REASON.matcher(String.valueOf(shutDown.getMessage()));
      code = named.find() ? Integer.parseInt(named.group(1)) : -1;
    }
    return switch (code) {
      case AUTHENTICATION_FAILED ->
          Optional.of(
              "Discord refused the bot token (gateway close 4004,"
                  + " authentication failed): check "
                  + tokenVariable
                  + ", or reset it in the Developer Portal under Bot");
      case DISALLOWED_INTENTS ->
          Optional.of(
              "Discord refused the gateway intents (close 4014,"
                  + " disallowed intents): enable "
                  + toEnable()
                  + " for the bot in the Developer Portal under"
                  + " Bot > Privileged Gateway Intents");
      default -> Optional.empty();
    };
  }

  /** The privileged intents asked for, else every intent asked for (none should be refused). */
  private String toEnable() {
    Set<GatewayIntent> privileged = EnumSet.noneOf(GatewayIntent.class);
    intents.stream().filter(PRIVILEGED::contains).forEach(privileged::add);
    return (privileged.isEmpty() ? intents : privileged)
        .stream()
            .map(i -> i.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .map(name -> "\"" + name + "\" intent")
            .collect(Collectors.joining(", "));
  }
}
