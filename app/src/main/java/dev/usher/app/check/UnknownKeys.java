package dev.usher.app.check;

import dev.usher.app.config.AgendaSettings;
import dev.usher.app.config.QuestionLogSettings;
import dev.usher.app.config.ReminderSettingsReader;
import dev.usher.app.config.ReplicaSettings;
import dev.usher.app.config.SettingsLoader;
import dev.usher.app.config.YamlTree;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.UnknownKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every key of a {@code usher.yaml} that no reader recognises, collected in one place: the readers
 * themselves ignore such a key, {@code ./usher check} reports each with "did you mean", and {@code
 * serve} logs the same lines once at start. The platform sections' keys are the adapters' own
 * ({@link ChatPlatformProvider#readSettings}).
 */
public final class UnknownKeys {
  /** The app's sections that are not platforms; their keys are checked below. */
  private static final Set<String> SECTIONS =
      Set.of("reminders", "announce", "agenda", "questions", "replicas");

  private static final Set<String> DOCUMENT_ENTRY_KEYS = Set.of("path", "title", "url");

  private UnknownKeys() {}

  /**
   * One line per unknown key of the folder's {@code usher.yaml}: {@code usher.yaml: unknown key
   * 'slack.mdoe': did you mean 'slack.mode'?}. None when the file is absent or cannot be read (the
   * load says why); read even when the file does not load, since a misspelt key is often why a
   * required one is missing.
   */
  public static List<String> lines(Path folder) {
    Map<String, Object> root;
    try {
      Object file = YamlTree.plain(YamlTree.read(folder.resolve(SettingsLoader.FILE_NAME)));
      root = stringKeys(file instanceof Map<?, ?> map ? map : null);
    } catch (IOException e) {
      return List.of();
    }
    List<ChatPlatformProvider> platforms = new ArrayList<>();
    ServiceLoader.load(ChatPlatformProvider.class).forEach(platforms::add);
    return in(root, platforms).stream().map(UnknownKeys::line).toList();
  }

  /** The unknown keys of a whole file's contents, as YAML gives them, in the file's order. */
  static List<UnknownKey> in(Map<String, Object> root, List<ChatPlatformProvider> platforms) {
    Set<String> platformNames = new HashSet<>();
    platforms.forEach(p -> platformNames.add(p.name()));
    Set<String> topLevel = new HashSet<>(SettingsLoader.KEYS);
    topLevel.addAll(SECTIONS);
    topLevel.addAll(platformNames);
    List<UnknownKey> unknown = new ArrayList<>(UnknownKey.in("", root, topLevel));
    if (root.get("documents") instanceof List<?> documents) {
      documents.stream()
          .flatMap(UnknownKeys::section)
          .forEach(e -> unknown.addAll(UnknownKey.in("documents", e, DOCUMENT_ENTRY_KEYS)));
    }
    section(root.get("reminders"))
        .forEach(reminders -> unknown.addAll(reminders(reminders, platformNames)));
    section(root.get("announce"))
        .forEach(a -> unknown.addAll(UnknownKey.in("announce", a, platformNames)));
    section(root.get("agenda"))
        .forEach(a -> unknown.addAll(UnknownKey.in("agenda", a, AgendaSettings.KEYS)));
    section(root.get("questions"))
        .forEach(q -> unknown.addAll(UnknownKey.in("questions", q, QuestionLogSettings.KEYS)));
    section(root.get("replicas"))
        .forEach(r -> unknown.addAll(UnknownKey.in("replicas", r, ReplicaSettings.KEYS)));
    for (ChatPlatformProvider platform : platforms) {
      section(root.get(platform.name())).forEach(s -> unknown.addAll(platformKeys(platform, s)));
    }
    return unknown;
  }

  /** The line {@code ./usher check} prints for {@code key}, with the nearest known key if close. */
  static String line(UnknownKey key) {
    int dot = key.path().lastIndexOf('.');
    String parent = key.path().substring(0, dot + 1);
    String typed = key.path().substring(dot + 1);
    String hint =
        Spelling.closest(typed, key.known())
            .map(k -> ": did you mean '" + parent + k + "'?")
            .orElse(
                ": not a key Usher reads (known: "
                    + String.join(", ", key.known().stream().sorted().toList())
                    + ")");
    return SettingsLoader.FILE_NAME + ": unknown key '" + key.path() + "'" + hint;
  }

  private static List<UnknownKey> reminders(Map<String, Object> reminders, Set<String> platforms) {
    List<UnknownKey> unknown =
        new ArrayList<>(UnknownKey.in("reminders", reminders, ReminderSettingsReader.KEYS));
    // Besides its own keys, each part of reminders lists channels under a platform's name.
    section(reminders.get("daily"))
        .forEach(
            daily ->
                unknown.addAll(
                    UnknownKey.in(
                        "reminders.daily",
                        daily,
                        union(ReminderSettingsReader.DAILY_KEYS, platforms))));
    section(reminders.get("before_session"))
        .forEach(
            before -> {
              unknown.addAll(
                  UnknownKey.in(
                      "reminders.before_session",
                      before,
                      union(ReminderSettingsReader.BEFORE_SESSION_KEYS, platforms)));
              section(before.get("rooms"))
                  .forEach(
                      rooms ->
                          rooms.forEach(
                              (room, channels) ->
                                  section(channels)
                                      .forEach(
                                          byPlatform ->
                                              unknown.addAll(
                                                  UnknownKey.in(
                                                      "reminders.before_session.rooms." + room,
                                                      byPlatform,
                                                      platforms)))));
            });
    return unknown;
  }

  /**
   * The keys the platform's adapter did not recognise; none when a value is wrong, which {@link
   * SettingsCheck} reports in its own line.
   */
  private static List<UnknownKey> platformKeys(
      ChatPlatformProvider platform, Map<String, Object> section) {
    try {
      return platform.readSettings(section).unknownKeys();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  private static Set<String> union(Set<String> own, Set<String> platforms) {
    Set<String> all = new HashSet<>(own);
    all.addAll(platforms);
    return all;
  }

  private static Stream<Map<String, Object>> section(
      @org.jspecify.annotations.Nullable Object value) {
    return value instanceof Map<?, ?> map ? Stream.of(stringKeys(map)) : Stream.empty();
  }

  private static Map<String, Object> stringKeys(@org.jspecify.annotations.Nullable Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (map != null) {
      map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    }
    return copy;
  }
}
