package dev.usher.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import net.dv8tion.jda.api.requests.CloseCode;
import org.junit.jupiter.api.Test;

class ExplainedGatewayClosesTest {
  private static final String JDAS_FORMAT =
      "WebSocket connection was closed and cannot be recovered due to identification issues\n{}";

  @Test
  void leavesOutJdasErrorForTheClosesServeExplainsAndKeepsEveryOther() {
    LoggerContext context = new LoggerContext();
    context.addTurboFilter(new ExplainedGatewayCloses());
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(context);
    appender.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    Logger jda = context.getLogger(ExplainedGatewayCloses.JDA_WEBSOCKET);

    jda.error(JDAS_FORMAT, CloseCode.AUTHENTICATION_FAILED);
    jda.error(JDAS_FORMAT, CloseCode.DISALLOWED_INTENTS);
    jda.error(JDAS_FORMAT, CloseCode.INVALID_SHARD);
    jda.error("Something else went wrong: {}", CloseCode.AUTHENTICATION_FAILED);
    context
        .getLogger("dev.usher.discord.Elsewhere")
        .error(JDAS_FORMAT, CloseCode.AUTHENTICATION_FAILED);

    assertThat(appender.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            JDAS_FORMAT.replace("{}", CloseCode.INVALID_SHARD.toString()),
            "Something else went wrong: " + CloseCode.AUTHENTICATION_FAILED,
            JDAS_FORMAT.replace("{}", CloseCode.AUTHENTICATION_FAILED.toString()));
    assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.ERROR);
  }
}
