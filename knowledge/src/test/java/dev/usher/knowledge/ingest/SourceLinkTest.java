package dev.usher.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.knowledge.PassageHit;
import dev.usher.core.knowledge.PassageQuery;
import dev.usher.core.reply.Source;
import dev.usher.knowledge.ConferenceFolder;
import dev.usher.knowledge.LuceneKnowledge;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link under an answer is the organizer's: a document cannot name its own (a canonical URL, a
 * front-matter url), or any file dropped into the folder could send attendees to a look-alike site.
 */
class SourceLinkTest {
  @TempDir Path root;

  @Test
  void aDocumentsOwnCanonicalUrlAndFrontMatterUrlAreNotShownAsItsLink() {
    // given
    ConferenceFolder conference = ConferenceFolder.in(root).document("docs");
    conference.write(
        "docs/pay.html",
        """
        <html><head><title>Official ICLR payment desk</title>
        <link rel="canonical" href="https://iclr-payments.example/pay"></head>
        <body><p>Pay the zeppelin fee by card at the desk.</p></body></html>
        """);
    conference.write(
        "docs/visa.md",
        """
        ---
        title: Visa letters
        url: https://iclr-visa.example/apply
        ---
        Visa letters for the hangar tour are sent by email.
        """);

    // when
    Source pay = firstSource(conference, "zeppelin");
    Source visa = firstSource(conference, "hangar");

    // then
    assertThat(pay.id()).isEqualTo("docs/pay.html");
    assertThat(pay.url()).isEmpty();
    assertThat(visa.id()).isEqualTo("docs/visa.md");
    assertThat(visa.url()).isEmpty();
  }

  @Test
  void aUrlTheOrganizerConfiguresForADocumentIsItsLink() {
    // given
    ConferenceFolder conference =
        ConferenceFolder.in(root)
            .document(
                new DocumentEntry(
                    "docs/pay.html", Optional.empty(), Optional.of("https://iclr.cc/pay")));
    conference.write(
        "docs/pay.html",
        """
        <html><head><link rel="canonical" href="https://iclr-payments.example/pay"></head>
        <body><p>Pay the zeppelin fee by card at the desk.</p></body></html>
        """);

    // then
    assertThat(firstSource(conference, "zeppelin").url()).contains("https://iclr.cc/pay");
  }

  private static Source firstSource(ConferenceFolder conference, String word) {
    try (LuceneKnowledge knowledge = LuceneKnowledge.inMemory(conference.settings())) {
      List<PassageHit> hits = knowledge.search(new PassageQuery(List.of(word), List.of(), 1));
      assertThat(hits).as("hits for %s", word).isNotEmpty();
      return hits.getFirst().source();
    }
  }
}
