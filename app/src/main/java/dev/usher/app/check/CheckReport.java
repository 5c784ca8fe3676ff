package dev.usher.app.check;

import java.util.List;

/**
 * What {@code ./usher check} found in a conference folder.
 *
 * @param found what the folder holds, one line each (counts, zone, which tokens are set)
 * @param problems every problem, one line each; empty when the folder is ready to serve
 */
public record CheckReport(List<String> found, List<String> problems) {
  public CheckReport {
    found = List.copyOf(found);
    problems = List.copyOf(problems);
  }

  /**
   * The one line other commands print instead of hiding problems, e.g. "3 problems: run ./usher
   * check".
   */
  public static String summary(int problems, String checkCommand) {
    return problems + (problems == 1 ? " problem" : " problems") + ": run " + checkCommand;
  }
}
