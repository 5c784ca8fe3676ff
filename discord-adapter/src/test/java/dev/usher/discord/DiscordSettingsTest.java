package dev.usher.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.platform.SectionRead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

  @Test
  void readsGuildIdsWrittenAsNumbersOrStrings() {
    DiscordSettings settings =
        DiscordSettings.from(Map.of("guilds", List.of(123456789012345678L, "223456789012345678")));

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

  @Test
  void talksToDiscordItselfUnlessAnEndpointIsNamed() {
    DiscordSettings settings = DiscordSettings.from(Map.of());

    assertThat(settings.apiUrl()).isEqualTo("https://discord.com/api/v10/");
    assertThat(settings.gatewayUrl()).isEqualTo("wss://gateway.discord.gg/");
    assertThat(settings.localGateway()).isFalse();
  }

  @Test
  void sendsTheTokenInPlainTextOnlyToThisMachine() {
    DiscordSettings local =
        DiscordSettings.from(
            Map.of(
                "api_url",
                "http://127.0.0.1:8080/api/v10/",
                "gateway_url",
                "ws://localhost:8080/"));

    assertThat(local.localGateway()).isTrue();
    assertThatThrownBy(
            () -> DiscordSettings.from(Map.of("api_url", "http://proxy.example.org/api/v10/")))
        .hasMessageStartingWith(
            "discord.api_url must be https (plain http only to a loopback address");
    assertThatThrownBy(() -> DiscordSettings.from(Map.of("gateway_url", "ws://proxy.example.org/")))
        .hasMessageStartingWith(
            "discord.gateway_url must be wss (plain ws only to a loopback address");
    assertThatThrownBy(
            () -> DiscordSettings.from(Map.of("api_url", "https://proxy.example.org/api")))
        .hasMessage("discord.api_url must end with /: https://proxy.example.org/api");
  }

  @Test
  void readsTheTokenFromDiscordTokenUnlessTheSectionNamesAnotherVariable() {
    assertThat(DiscordSettings.from(Map.of()).tokenVariable()).isEqualTo("DISCORD_TOKEN");
    assertThat(DiscordSettings.from(Map.of("token_variable", "CONF_DISCORD_TOKEN")).tokenVariable())
        .isEqualTo("CONF_DISCORD_TOKEN");
    assertThat(DiscordSettings.from(Map.of()).secretVariables()).containsExactly("DISCORD_TOKEN");
  }

  @Test
  void aTokenWrittenInTheFileIsRefusedInOneLineWithoutRepeatingIt() {
    String pasted = "MTE4.Gx1y2z.abc-def";

    assertThatThrownBy(() -> DiscordSettings.from(Map.of("token_variable", pasted)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "discord.token_variable must be the name of an environment variable")
        .hasMessageNotContaining(pasted)
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> DiscordSettings.from(Map.of("token_variable", List.of("A", "B"))))
        .hasMessageStartingWith("discord.token_variable must be the name");
  }

  @Test
  void aWrongTypeIsReportedInOneLineNamingTheKey() {
    assertThatThrownBy(() -> DiscordSettings.from(Map.of("guilds", Map.of("main", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discord.guilds must be a list of server ids");
  }

  @Test
  void keysItDoesNotReadAreReturnedWithTheKeysItKnows() {
    SectionRead<DiscordSettings> read =
        DiscordSettings.read(
            Map.of(
                "guild",
                List.of("123456789012345678"),
                "api_url",
                DiscordSettings.DISCORD_API_URL));

    assertThat(read.settings().guilds()).isEmpty();
    assertThat(read.unknownKeys())
        .singleElement()
        .satisfies(
            key -> {
              assertThat(key.path()).isEqualTo("discord.guild");
              assertThat(key.known()).contains("guilds", "token_variable");
            });
  }

  @Test
  void theProviderReadsTheSameRecord() {
    assertThat(new DiscordPlatformProvider().readSettings(Map.of("token_variable", "T")).settings())
        .isEqualTo(DiscordSettings.from(Map.of("token_variable", "T")));
  }
}
