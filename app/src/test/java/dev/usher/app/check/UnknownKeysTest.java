package dev.usher.app.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.UnknownKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class UnknownKeysTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @SuppressWarnings("unchecked")
  private static List<String> lines(String yaml) throws Exception {
    List<ChatPlatformProvider> platforms = new ArrayList<>();
    ServiceLoader.load(ChatPlatformProvider.class).forEach(platforms::add);
    Map<String, Object> root = YAML.readValue(yaml, Map.class);
    return UnknownKeys.in(root, platforms).stream().map(UnknownKeys::line).toList();
  }

  @Test
  void keysAreFoundAtEveryDepthAndPlatformNamesAreKnownWhereChannelsAreListed() throws Exception {
    List<String> lines =
        lines(
            """
            name: Demo
            documents: [{path: faq.md, titl: FAQ}]
            reminders:
              daily: {at: "07:30", dicsord: ["123456789012345678"], slack: [C0123ABCD]}
              before_session:
                minutes: 10
                rooms: {"Room 1": {slak: [C0ROOM1]}}
            announce: {discord: ["123456789012345678"]}
            replicas: {takover: 20s}
            """);

    assertThat(lines)
        .containsExactlyInAnyOrder(
            "usher.yaml: unknown key 'documents.titl': did you mean 'documents.title'?",
            "usher.yaml: unknown key 'reminders.daily.dicsord': did you mean"
                + " 'reminders.daily.discord'?",
            "usher.yaml: unknown key 'reminders.before_session.rooms.Room 1.slak': did you mean"
                + " 'reminders.before_session.rooms.Room 1.slack'?",
            "usher.yaml: unknown key 'replicas.takover': did you mean 'replicas.takeover'?");
  }

  @Test
  void aKeyFarFromEveryKnownOneListsTheKnownKeys() {
    assertThat(UnknownKeys.line(new UnknownKey("questions.retention", java.util.Set.of("keep"))))
        .isEqualTo(
            "usher.yaml: unknown key 'questions.retention': not a key Usher reads (known: keep)");
  }
}
