package dev.usher.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Snippet;
import dev.usher.knowledge.ConferenceFolder;
import dev.usher.knowledge.analysis.UsherAnalyzers;
import dev.usher.knowledge.ingest.ConferenceReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hit's text is read when the core first asks for it, from the index version it was found in. */
class LateTextTest {
  private static final String WIFI = "docs/wifi.txt";

  @TempDir Path root;
  private ConferenceFolder conference;
  private final PassageSearcher searcher =
      new PassageSearcher(UsherAnalyzers.english(), IndexSchema.indexAnalyzer());

  @BeforeEach
  void writeConference() {
    conference = ConferenceFolder.in(root).document("docs");
    conference.write("docs/venue.md", "# Venue\n\nThe venue is the Riocentro convention center.\n");
    conference.write(WIFI, "Wifi\n\nThe network is ICLR-Guest and needs no password.\n");
  }

  private void rebuild(PassageIndex index, String wifiText) {
    conference.write(WIFI, wifiText);
    assertThat(index.replaceWith(new ConferenceReader(conference.settings(), f -> {}).read()))
        .isTrue();
  }

  private PassageHit networkHit(PassageIndex index) {
    List<PassageHit> hits =
        index.search(
            s ->
                searcher.search(
                    s, new PassageQuery(List.of("network"), List.of(), 5), Optional::empty));
    assertThat(hits).hasSize(1);
    return hits.get(0);
  }

  private static String marked(Snippet text) {
    return text.emphasis().stream()
        .map(span -> text.text().substring(span.start(), span.end()))
        .reduce("", (a, b) -> a + "[" + b + "]");
  }

  @Test
  void aHitFoundBeforeARebuildReadsTheTextItWasFoundIn() {
    try (PassageIndex index = PassageIndex.inMemory()) {
      rebuild(index, "Wifi\n\nThe network is ICLR-Guest and needs no password.\n");
      PassageHit found = networkHit(index);

      // when: the wifi page changes before the core reads the hit
      rebuild(index, "Wifi\n\nThe network is ICLR-2026 and the password is on your badge.\n");

      // then
      assertThat(found.text().text()).contains("ICLR-Guest");
      assertThat(marked(found.text())).isEqualTo("[network]");
      assertThat(networkHit(index).text().text()).contains("on your badge");
    }
  }

  @Test
  void aHitReadAfterTwoRebuildsOrAfterTheIndexClosedSaysNothing() {
    PassageHit beforeTwoRebuilds;
    PassageHit beforeClose;
    try (PassageIndex index = PassageIndex.inMemory()) {
      rebuild(index, "Wifi\n\nThe network is ICLR-Guest.\n");
      beforeTwoRebuilds = networkHit(index);
      rebuild(index, "Wifi\n\nThe network is ICLR-2026.\n");
      rebuild(index, "Wifi\n\nThe network is ICLR-2027.\n");

      assertThat(beforeTwoRebuilds.text().text()).isEmpty();
      beforeClose = networkHit(index);
    }

    assertThat(beforeClose.text().text()).isEmpty();
  }
}
