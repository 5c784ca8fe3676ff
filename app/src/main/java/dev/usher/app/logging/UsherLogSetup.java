package dev.usher.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * How the app logs, set up in code rather than read from a {@code logback.xml}: parsing the XML
 * configuration took a tenth of a {@code ./usher ask}'s start. Logs go to standard error so that
 * JSON on standard output stays machine-readable; {@code dev.usher} logs at {@code USHER_LOG_LEVEL}
 * (default WARN), everything else at WARN. An operator's own {@code -Dlogback.configurationFile}
 * still wins: this setup then steps aside.
 */
public final class UsherLogSetup extends ContextAwareBase implements Configurator {
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";
  static final String LEVEL_VARIABLE = "USHER_LOG_LEVEL";
  private static final String OPERATOR_FILE = "logback.configurationFile";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(OPERATOR_FILE) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context, System.getenv(LEVEL_VARIABLE));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Sets {@code context} up as the app logs, {@code dev.usher} at {@code usherLevel}. */
  static void apply(LoggerContext context, @Nullable String usherLevel) {
    ExplainedGatewayCloses explained = new ExplainedGatewayCloses();
    explained.setContext(context);
    explained.start();
    context.addTurboFilter(explained);

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();

    context.getLogger("dev.usher").setLevel(Level.toLevel(usherLevel, Level.WARN));
    // DJL probes for a GPU on every start and warns that none is there: CPU is what Usher uses.
    context.getLogger("ai.djl").setLevel(Level.ERROR);
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
  }
}
