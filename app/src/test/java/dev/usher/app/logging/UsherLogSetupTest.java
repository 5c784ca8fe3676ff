package dev.usher.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import net.dv8tion.jda.api.requests.CloseCode;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UsherLogSetupTest {
  @Test
  void theAppsOwnLogsWarningsAndWorseToStandardErrorByDefault() {
    LoggerContext context = new LoggerContext();
    UsherLogSetup.apply(context, null);

    assertThat(context.getLogger("dev.usher.app.Anything").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.apache.lucene").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("ai.djl.engine").getEffectiveLevel()).isEqualTo(Level.ERROR);
    var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    assertThat(appender).isInstanceOf(ConsoleAppender.class);
    assertThat(((ConsoleAppender<ILoggingEvent>) appender).getTarget()).isEqualTo("System.err");
    assertThat(appender.isStarted()).isTrue();
    assertThat(
            ((PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) appender).getEncoder())
                .getPattern())
        .isEqualTo(UsherLogSetup.PATTERN);
  }

  @Test
  void theLevelVariableSetsTheAppsLevelAndAnUnknownOneKeepsWarn() {
    LoggerContext debug = new LoggerContext();
    UsherLogSetup.apply(debug, "debug");
    LoggerContext unknown = new LoggerContext();
    UsherLogSetup.apply(unknown, "chatty");

    assertThat(debug.getLogger("dev.usher.core").getEffectiveLevel()).isEqualTo(Level.DEBUG);
    assertThat(debug.getLogger("net.dv8tion").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(unknown.getLogger("dev.usher.core").getEffectiveLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void jdasErrorForAClosedServeExplainsIsLeftOut() {
    LoggerContext context = new LoggerContext();
    UsherLogSetup.apply(context, null);
    var seen = new ch.qos.logback.core.read.ListAppender<ILoggingEvent>();
    seen.setContext(context);
    seen.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(seen);

    context
        .getLogger(ExplainedGatewayCloses.JDA_WEBSOCKET)
        .error(
            "WebSocket connection was closed and cannot be recovered due to identification issues\n{}",
            CloseCode.AUTHENTICATION_FAILED);

    assertThat(seen.list).isEmpty();
  }

  @Test
  void theRunningAppIsSetUpThisWayWithoutAnyXml() {
    LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();

    assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    assertThat(running.getTurboFilterList())
        .hasAtLeastOneElementOfType(ExplainedGatewayCloses.class);
  }
}
