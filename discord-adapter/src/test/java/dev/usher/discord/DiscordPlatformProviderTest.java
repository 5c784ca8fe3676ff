package dev.usher.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usher.core.Bot;
import dev.usher.core.conference.Conference;
import dev.usher.core.platform.BackgroundAnswers;
import dev.usher.core.platform.ChatPlatform;
import dev.usher.core.platform.ChatPlatformProvider;
import dev.usher.core.platform.PlatformContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscordPlatformProviderTest {
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final Bot bot =
      new Bot(
          new Conference("ICLR 2026", TestKnowledge.ZONE, Optional.empty(), Optional.empty()),
          TestKnowledge.material(),
          Clock.systemUTC());

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void isFoundByTheServiceLoaderAsDiscord() {
    List<String> names =
        ServiceLoader.load(ChatPlatformProvider.class).stream().map(p -> p.get().name()).toList();

    assertThat(names).contains("discord");
  }

  @Test
  void makesNoPlatformWithoutAToken() {
    PlatformContext context =
        new PlatformContext(
            bot, Map.of(), Map.of("DISCORD_TOKEN", " "), new BackgroundAnswers(executor));

    assertThat(new DiscordPlatformProvider().create(context)).isEmpty();
  }

  @Test
  void makesAPlatformWhenTheTokenIsSet() {
    PlatformContext context =
        new PlatformContext(
            bot,
            Map.of("guilds", List.of("1")),
            Map.of("DISCORD_TOKEN", "secret"),
            new BackgroundAnswers(executor));

    Optional<ChatPlatform> platform = new DiscordPlatformProvider().create(context);

    assertThat(platform).map(ChatPlatform::name).hasValue("discord");
  }

  @Test
  void rejectsWrongSettingsEvenWithoutAToken() {
    PlatformContext context =
        new PlatformContext(
            bot, Map.of("guilds", "general"), Map.of(), new BackgroundAnswers(executor));

    assertThatThrownBy(() -> new DiscordPlatformProvider().create(context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discord.guilds");
  }
}
