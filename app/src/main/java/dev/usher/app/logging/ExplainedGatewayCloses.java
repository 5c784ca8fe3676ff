package dev.usher.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/**
 * Leaves out JDA's own two-line error for the gateway closes the Discord adapter explains itself
 * (4004, a refused token; 4014, disallowed intents): serve already says in one line what to fix,
 * and the organizer should read that line, not JDA's first. Every other close JDA reports stays.
 */
public final class ExplainedGatewayCloses extends TurboFilter {
  static final String JDA_WEBSOCKET = "net.dv8tion.jda.internal.requests.WebSocketClient";
  private static final String CANNOT_RECOVER =
      "WebSocket connection was closed and cannot be recovered";

  /** The closes {@code dev.usher.discord.GatewayRefusal} turns into its own line. */
  private static final Set<String> EXPLAINED = Set.of("code=4004", "code=4014");

  @Override
  public FilterReply decide(
      @Nullable Marker marker,
      Logger logger,
      Level level,
      @Nullable String format,
      Object @Nullable [] params,
      @Nullable Throwable t) {
    if (level != Level.ERROR
        || !JDA_WEBSOCKET.equals(logger.getName())
        || format == null
        || !format.startsWith(CANNOT_RECOVER)
        || params == null
        || params.length == 0) {
      return FilterReply.NEUTRAL;
    }
    String closeCode = String.valueOf(params[0]);
    return EXPLAINED.stream().anyMatch(closeCode::contains)
        ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }
}
