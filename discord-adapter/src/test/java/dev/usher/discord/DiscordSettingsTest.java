package dev.usher.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

  @Test
  void readsGuildIdsWrittenAsNumbersOrStrings() {
    DiscordSettings settings = DiscordSettings.from(Map.of("guilds", List.of(123456789012345678L, "223456789012345678")));

    assertThat(settings.guilds()).containsExactly("123456789012345678", "223456789012345678");
  }

  @Test
  void registersGloballyWithoutGuilds() {
    assertThat(DiscordSettings.from(Map.of()).guilds()).isEmpty();
  }

  @Test
  void namesTheKeyThatIsWrong() {
    assertThatThrownBy(() -> DiscordSettings.from(Map.of("guilds", List.of("general"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discord.guilds");
    assertThatThrownBy(() -> DiscordSettings.from(Map.of("guilds", "123")))
        .hasMessageContaining("discord.guilds must be a list");
  }
}
