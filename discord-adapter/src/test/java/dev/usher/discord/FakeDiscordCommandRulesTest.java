package dev.usher.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.junit.jupiter.api.Test;

/**
 * The fake Discord refuses the command registrations Discord refuses, and takes Usher's own (as JDA
 * serializes them), so the gateway tests' registration proves something.
 */
class FakeDiscordCommandRulesTest {

  @Test
  void usherCommandsAsJdaSendsThemAreValid() {
    DataArray sent = DataArray.empty();
    SlashCommands.all().forEach(c -> sent.add(c.toData()));

    assertThat(FakeDiscord.invalidCommands(FakeDiscord.read(sent.toString()))).isEmpty();
  }

  @Test
  void whatDiscordRefusesIsRefused() {
    assertThat(invalid("[{\"name\":\"Ask\",\"description\":\"x\",\"type\":1}]")).contains("name");
    assertThat(invalid("[{\"name\":\"two words\",\"description\":\"x\",\"type\":1}]"))
        .contains("name");
    assertThat(invalid("[{\"name\":\"" + "a".repeat(33) + "\",\"description\":\"x\",\"type\":1}]"))
        .contains("name");
    assertThat(invalid("[{\"name\":\"ask\",\"description\":\"\",\"type\":1}]"))
        .contains("description");
    assertThat(
            invalid(
                "[{\"name\":\"ask\",\"description\":\"x\"},{\"name\":\"ask\",\"description\":\"y\"}]"))
        .contains("unique");
    assertThat(
            invalid(
                """
        [{"name":"schedule","description":"x","options":[
          {"name":"day","description":"d","type":3},
          {"name":"room","description":"r","type":3,"required":true}]}]"""))
        .contains("Required options");
    assertThat(
            invalid(
                """
        [{"name":"session","description":"x","options":[{"name":"title","description":"t","type":3,
          "autocomplete":true,"choices":[{"name":"a","value":"a"}]}]}]"""))
        .contains("Autocomplete");
    assertThat(invalid("[{\"name\":\"ask\",\"description\":\"" + "d".repeat(101) + "\"}]"))
        .contains("description");
  }

  private static String invalid(String commands) {
    JsonNode body = FakeDiscord.read(commands);
    return FakeDiscord.invalidCommands(body).orElse("");
  }
}
