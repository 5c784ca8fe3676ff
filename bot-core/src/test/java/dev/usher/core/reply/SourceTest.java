package dev.usher.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTest {
  @Test
  void aHeadingWithLineBreaksIsNamedOnOneLine() {
    Source source =
        new Source(
            "docs/a.txt",
            " Workshop\nschedule ",
            Optional.of("... more\n\tWorkshop  hours"),
            Optional.empty());

    assertThat(source.title()).isEqualTo("Workshop schedule");
    assertThat(source.section()).contains("... more Workshop hours");
  }
}
