package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Without a command the command line serves, with the options given. */
class MainTest {

  @Test
  void optionsWithoutACommandAreServesOptions() {
    assertThat(Main.withDefaultCommand("--data", "conf", "--now", "2026-04-25T10:05"))
        .containsExactly("serve", "--data", "conf", "--now", "2026-04-25T10:05");
  }

  @Test
  void aCommandHelpAndVersionStayAsGiven() {
    assertThat(Main.withDefaultCommand("ask", "--data", "conf", "wifi?"))
        .containsExactly("ask", "--data", "conf", "wifi?");
    assertThat(Main.withDefaultCommand("--help")).containsExactly("--help");
    assertThat(Main.withDefaultCommand("-V")).containsExactly("-V");
    assertThat(Main.withDefaultCommand()).isEmpty();
  }

  @Test
  void onlyTheNamedCommandIsBuiltAndHelpOrAMistypedNameGetsThemAll() {
    assertThat(Main.reachable("ask", "--data", "conf", "wifi?"))
        .containsExactly(dev.usher.app.cli.AskCommand.class);
    assertThat(Main.reachable()).containsExactly(dev.usher.app.cli.ServeCommand.class);
    assertThat(Main.reachable("--help")).hasSize(Main.commandLine().getSubcommands().size());
    assertThat(Main.reachable("aks", "wifi?")).hasSize(Main.commandLine().getSubcommands().size());
  }

  @Test
  void helpListsEveryCommandInItsOrder() {
    CommandLineRun help = CommandLineRun.of("--help");

    assertThat(help.out())
        .containsSubsequence(
            "serve",
            "console",
            "ask",
            "index",
            "eval",
            "reminders",
            "check",
            "diff",
            "report",
            "slack-manifest");
  }

  @Test
  void aBareDataOptionReachesServe() {
    // given a folder that does not exist, named without a command
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    int exit;
    try {
      exit = Main.run("--data", "/nonexistent/conference");
    } finally {
      System.setErr(original);
    }

    // then serve itself says so in one line (not picocli's "Unknown options")
    assertThat(exit).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("/nonexistent/conference")
        .doesNotContain("Unknown option");
  }
}
