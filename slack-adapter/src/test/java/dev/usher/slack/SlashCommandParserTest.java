package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.command.CommandCatalog;
import dev.usher.core.command.CommandSpec;
import org.junit.jupiter.api.Test;

class SlashCommandParserTest {
  private static CommandSpec command(String name) {
    return CommandCatalog.command(name).orElseThrow();
  }

  @Test
  void scheduleTakesAPositionalDayAndNamedRoomWithSpaces() {
    assertThat(SlashCommandParser.options(command("schedule"), "tomorrow room=Hall A track:ML"))
        .containsOnly(
            org.assertj.core.api.Assertions.entry("day", "tomorrow"),
            org.assertj.core.api.Assertions.entry("room", "Hall A"),
            org.assertj.core.api.Assertions.entry("track", "ML"));
  }

  @Test
  void quotedValuesAreUnquoted() {
    assertThat(SlashCommandParser.options(command("next"), "room=\"Room 2\""))
        .containsEntry("room", "Room 2");
  }

  @Test
  void aQuestionKeepsItsEqualsSignsAndColons() {
    assertThat(SlashCommandParser.options(command("ask"), "is wifi: free? a=b"))
        .containsOnlyKeys("question")
        .containsEntry("question", "is wifi: free? a=b");
  }

  @Test
  void singleOptionCommandsTakeTheWholeText() {
    assertThat(SlashCommandParser.options(command("speaker"), "  Ada Lovelace "))
        .containsEntry("name", "Ada Lovelace");
  }

  @Test
  void emptyTextGivesNoOptionsSoRequiredOnesAreMissing() {
    assertThat(SlashCommandParser.options(command("session"), "  ")).isEmpty();
    assertThat(CommandCatalog.request("session", SlashCommandParser.options(command("session"), "")))
        .isEmpty();
  }

  @Test
  void commandsWithoutOptionsIgnoreText() {
    assertThat(SlashCommandParser.options(command("now"), "please")).isEmpty();
  }
}
