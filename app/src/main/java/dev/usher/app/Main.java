package dev.usher.app;

import dev.usher.app.cli.AskCommand;
import dev.usher.app.cli.CheckCommand;
import dev.usher.app.cli.ConsoleCommand;
import dev.usher.app.cli.DiffCommand;
import dev.usher.app.cli.EvalCommand;
import dev.usher.app.cli.IndexCommand;
import dev.usher.app.cli.RemindersCommand;
import dev.usher.app.cli.ReportCommand;
import dev.usher.app.cli.ServeCommand;
import dev.usher.app.cli.SlackManifestCommand;
import dev.usher.core.concurrent.Meanwhile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./usher}: the command line. Without a command it serves (Discord and/or Slack). */
@Command(
    name = "usher",
    mixinStandardHelpOptions = true,
    version = "Usher 0.1.0",
    description = "The conference help desk that lives in Discord and Slack.")
public final class Main implements Callable<Integer> {
  /**
   * Every command, in the order help lists them. They are added to the command line by hand rather
   * than named in {@code @Command}, so that a start builds only the command it runs: picocli reads
   * each command's annotations by reflection, and building all ten took twice as long as building
   * the one {@code ./usher ask} runs.
   */
  private static final List<Class<?>> COMMANDS =
      List.of(
          ServeCommand.class,
          ConsoleCommand.class,
          AskCommand.class,
          IndexCommand.class,
          EvalCommand.class,
          RemindersCommand.class,
          CheckCommand.class,
          DiffCommand.class,
          ReportCommand.class,
          SlackManifestCommand.class);

  /**
   * Lucene tells through java.util.logging, once per start, that the incubating vector API is not
   * enabled; Usher does no vector search, so the line is noise for attendees' organizers. Held here
   * because java.util.logging keeps only weak references to loggers.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  /** The options of the whole command line rather than of a command. */
  private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

  static {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    // Logging is set up while picocli builds the command, and finished before the command starts
    // threads that log: SLF4J replays what other threads log while it is being set up, and says so
    // in three warning lines on standard error.
    Meanwhile<ILoggerFactory> logging =
        Meanwhile.start("usher-logging-setup", LoggerFactory::getILoggerFactory);
    String[] arguments = withDefaultCommand(args);
    CommandLine commandLine = commandLine(CommandLine.defaultFactory(), reachable(arguments));
    logging.join();
    return commandLine.execute(arguments);
  }

  /**
   * The arguments with {@code serve} put first when they start with an option of serve's own
   * ({@code ./usher --data DIR} is {@code ./usher serve --data DIR}, as {@code ./usher} alone is
   * {@code ./usher serve}); help and version stay the whole command line's.
   */
  static String[] withDefaultCommand(String... args) {
    if (args.length == 0 || !args[0].startsWith("-") || TOP_LEVEL_OPTIONS.contains(args[0])) {
      return args;
    }
    String[] served = new String[args.length + 1];
    served[0] = "serve";
    System.arraycopy(args, 0, served, 1, args.length);
    return served;
  }

  /**
   * The command line. Expected failures (a wrong setting or option, a file that cannot be read) are
   * one line on standard error and exit code 2, never a stack trace; README lists every code.
   */
  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /**
   * The command line, its commands made by {@code factory} (tests give {@code serve} a simulated
   * clock for its reminders this way).
   */
  public static CommandLine commandLine(CommandLine.IFactory factory) {
    return commandLine(factory, COMMANDS);
  }

  /**
   * The commands {@code arguments} can reach: the one they name first; {@code serve} when they are
   * empty; all of them otherwise, so that help lists them and a mistyped name gets picocli's
   * suggestions.
   */
  static List<Class<?>> reachable(String... arguments) {
    String named = arguments.length == 0 ? "serve" : arguments[0];
    return COMMANDS.stream()
        .filter(command -> command.getAnnotation(Command.class).name().equals(named))
        .findFirst()
        .<List<Class<?>>>map(List::of)
        .orElse(COMMANDS);
  }

  private static CommandLine commandLine(CommandLine.IFactory factory, List<Class<?>> commands) {
    CommandLine commandLine = new CommandLine(new Main(), factory);
    for (Class<?> command : commands) {
      commandLine.addSubcommand(command);
    }
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          Optional<String> message = ExpectedFailure.message(exception);
          if (message.isEmpty()) {
            throw exception;
          }
          cmd.getErr().println("usher: " + message.get());
          return ExitCode.BAD_INPUT;
        });
    return commandLine;
  }

  @Spec CommandSpec spec;

  /** {@code ./usher} alone is {@code ./usher serve}: the same handlers, output and exit code. */
  @Override
  public Integer call() {
    return Objects.requireNonNull(spec.commandLine().getSubcommands().get("serve"), "serve")
        .execute();
  }
}
