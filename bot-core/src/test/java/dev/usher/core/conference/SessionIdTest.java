package dev.usher.core.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionIdTest {
  @Test
  void aSessionsSourceIdParsesBackToTheSameId() {
    SessionId id = SessionId.of("s42");

    assertThat(id.sourceId()).isEqualTo("session:s42");
    assertThat(SessionId.parse(id.sourceId())).contains(id);
    assertThat(SessionId.isSession(id.sourceId())).isTrue();
  }

  @Test
  void aDocumentPathIsNotASession() {
    assertThat(SessionId.parse("docs/venue.md")).isEmpty();
    assertThat(SessionId.isSession("docs/venue.md")).isFalse();
    assertThat(SessionId.parse("answers.yaml#3")).isEmpty();
  }

  @Test
  void anIdContainingAColonKeepsEverythingAfterThePrefix() {
    SessionId id = SessionId.parse("session:2026:room-a:09").orElseThrow();

    assertThat(id.value()).isEqualTo("2026:room-a:09");
    assertThat(id.sourceId()).isEqualTo("session:2026:room-a:09");
  }

  @Test
  void thePrefixAloneNamesNoSession() {
    assertThat(SessionId.parse("session:")).isEmpty();
    assertThat(SessionId.parse("session:  ")).isEmpty();
  }

  @Test
  void aBlankIdIsRejected() {
    assertThatThrownBy(() -> SessionId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }
}
