package dev.usher.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usher.core.agenda.Agenda;
import dev.usher.core.agenda.AgendaOwner;
import dev.usher.core.agenda.AgendaStore;
import dev.usher.core.agenda.Star;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link AgendaStore} does; a store's test extends this and says how to make one. */
public abstract class AgendaStoreContract {
  protected static final AgendaOwner ALICE = new AgendaOwner("slack", "U0ALICE");
  protected static final AgendaOwner BOB = new AgendaOwner("discord", "2002");
  private static final Instant AT = Instant.parse("2026-05-20T10:00:00Z");

  /** A new, empty store. */
  protected abstract AgendaStore store();

  @Test
  void starsAreKeptInTheOrderStarredOnceEachWithTheirTitle() {
    AgendaStore store = store();

    boolean first = store.star(ALICE, new Star("k", "Opening keynote", AT));
    boolean again = store.star(ALICE, new Star("k", "Opening keynote", AT));
    store.star(ALICE, new Star("l", "Lunch \u2014 \uD83C\uDF55 'quoted'", AT.plusSeconds(60)));

    Agenda agenda = store.find(ALICE).orElseThrow();
    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(agenda.stars())
        .containsExactly(
            new Star("k", "Opening keynote", AT),
            new Star("l", "Lunch \u2014 \uD83C\uDF55 'quoted'", AT.plusSeconds(60)));
    assertThat(agenda.remindersOn()).isTrue();
    assertThat(agenda.token()).isNotBlank().doesNotContain("U0ALICE");
    assertThat(store.find(BOB)).isEmpty();
  }

  @Test
  void unstarRemovesOneStarAndSaysWhetherItWasThere() {
    AgendaStore store = store();
    store.star(ALICE, new Star("k", "Keynote", AT));
    store.star(ALICE, new Star("l", "Lunch", AT));

    assertThat(store.unstar(ALICE, "k")).isTrue();
    assertThat(store.unstar(ALICE, "k")).isFalse();
    assertThat(store.unstar(BOB, "l")).isFalse();
    assertThat(store.find(ALICE).orElseThrow().stars())
        .extracting(Star::sessionId)
        .containsExactly("l");
  }

  @Test
  void theOffSwitchIsKeptWithTheStarsAndTheTokenStays() {
    AgendaStore store = store();
    store.star(ALICE, new Star("k", "Keynote", AT));
    String token = store.find(ALICE).orElseThrow().token();

    store.remindersOn(ALICE, false);

    assertThat(store.find(ALICE).orElseThrow().remindersOn()).isFalse();
    assertThat(store.find(ALICE).orElseThrow().token()).isEqualTo(token);
    assertThat(store.all()).singleElement().extracting(Agenda::remindersOn).isEqualTo(false);
  }

  @Test
  void forgetDeletesEverythingOfOnePersonOnly() {
    AgendaStore store = store();
    store.star(ALICE, new Star("k", "Keynote", AT));
    store.remindersOn(ALICE, false);
    store.star(BOB, new Star("k", "Keynote", AT));

    assertThat(store.forget(ALICE)).isTrue();
    assertThat(store.forget(ALICE)).isFalse();

    assertThat(store.find(ALICE)).isEmpty();
    assertThat(store.all()).extracting(Agenda::owner).containsExactly(BOB);
  }

  @Test
  void allListsOnlyAgendasWithStarsAndPurgeEmptiesTheStore() {
    AgendaStore store = store();
    store.star(ALICE, new Star("k", "Keynote", AT));
    store.remindersOn(BOB, false);

    assertThat(store.all()).extracting(Agenda::owner).containsExactly(ALICE);
    assertThat(store.purge()).isEqualTo(2);
    assertThat(store.find(ALICE)).isEmpty();
    assertThat(store.find(BOB)).isEmpty();
  }
}
