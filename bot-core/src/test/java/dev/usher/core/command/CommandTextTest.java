package dev.usher.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** One syntax for command options typed as text, in the console and in Slack alike. */
class CommandTextTest {
  private static CommandSpec command(String name) {
    return CommandCatalog.command(name).orElseThrow();
  }

  @Test
  void scheduleTakesAPositionalDayAndNamedRoomWithSpaces() {
    assertThat(CommandText.options(command("schedule"), "tomorrow room=Hall A track:ML"))
        .containsOnly(entry("day", "tomorrow"), entry("room", "Hall A"), entry("track", "ML"));
  }

  @Test
  void theFormRepliesSuggestMeansTheSame() {
    assertThat(
            CommandText.options(command("schedule"), "2026-04-24 --room \"Room 201\" --track=ML"))
        .containsOnly(entry("day", "2026-04-24"), entry("room", "Room 201"), entry("track", "ML"));
  }

  @Test
  void quotedValuesAreUnquoted() {
    assertThat(CommandText.options(command("next"), "room=\"Room 2\""))
        .containsEntry("room", "Room 2");
    assertThat(CommandText.options(command("next"), "room=\u201cRoom 2\u201d"))
        .containsEntry("room", "Room 2");
  }

  @Test
  void aQuestionKeepsItsEqualsSignsColonsAndDashes() {
    assertThat(CommandText.options(command("ask"), "is wifi: free? a=b --verbose"))
        .containsOnly(entry("question", "is wifi: free? a=b --verbose"));
  }

  @Test
  void aNamedOptionLeavesThePositionalTextToTheNextOption() {
    assertThat(CommandText.options(command("schedule"), "day=friday Hall A"))
        .containsEntry("day", "friday Hall A");
    assertThat(CommandText.options(command("schedule"), "room=Hall A"))
        .containsOnly(entry("room", "Hall A"));
  }

  @Test
  void singleOptionCommandsTakeTheWholeText() {
    assertThat(CommandText.options(command("speaker"), "  Ada Lovelace "))
        .containsEntry("name", "Ada Lovelace");
  }

  @Test
  void emptyTextGivesNoOptionsSoRequiredOnesAreMissing() {
    assertThat(CommandText.options(command("session"), "  ")).isEmpty();
    assertThat(CommandCatalog.request("session", CommandText.options(command("session"), "")))
        .isEmpty();
  }

  @Test
  void commandsWithoutOptionsIgnoreText() {
    assertThat(CommandText.options(command("now"), "please")).isEmpty();
  }

  @Test
  void aWholeLineNamesItsCommand() {
    assertThat(CommandText.parse("/speaker Ada Lovelace"))
        .contains(new Request.FindSpeaker("Ada Lovelace"));
    assertThat(CommandText.parse("/nosuch thing")).isEmpty();
    assertThat(CommandText.parse("no slash")).isEmpty();
  }
}
