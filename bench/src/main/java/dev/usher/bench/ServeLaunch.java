package dev.usher.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the bench starts an Usher command in a process of its own. */
enum ServeLaunch {
  /**
   * {@code ./usher COMMAND --data FOLDER}: the launcher as an organizer runs it, so the JVM gets
   * exactly the options and the AOT cache the launcher gives it (and the launcher builds the app
   * first when its sources changed).
   */
  LAUNCHER,
  /**
   * This JVM's {@code java} on this JVM's class path, with the launcher's options but not its AOT
   * cache: for tests, which must not make the launcher build the app inside a build.
   */
  JAVA;

  /** {@code usher} or {@code java}, as {@code --serve-rss-via} names them. */
  static ServeLaunch named(String name) {
    return switch (name) {
      case "usher" -> LAUNCHER;
      case "java" -> JAVA;
      default ->
          throw new IllegalArgumentException("--serve-rss-via must be usher or java: " + name);
    };
  }

  /** How the report names the way the process was started. */
  String shown(String command) {
    return switch (this) {
      case LAUNCHER -> "./usher " + command;
      case JAVA -> "java … dev.usher.app.Main " + command;
    };
  }

  List<String> command(Path home, String command, Path folder) {
    List<String> line = new ArrayList<>();
    switch (this) {
      case LAUNCHER -> line.add(home.resolve("usher").toString());
      case JAVA -> {
        line.add(ProcessHandle.current().info().command().orElse("java"));
        line.addAll(ServingMemory.JVM_OPTIONS);
        line.addAll(
            List.of(
                "-Dusher.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                "dev.usher.app.Main"));
      }
    }
    line.addAll(List.of(command, "--data", folder.toString()));
    return line;
  }
}
