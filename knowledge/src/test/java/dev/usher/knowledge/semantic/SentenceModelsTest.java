package dev.usher.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SentenceModelsTest {

  @Test
  void aModelThatCannotLoadTurnsSemanticSearchOffWithOneWarning() {
    // given a model whose native library is missing, as on an unusual platform
    ListAppender<ILoggingEvent> logged = listen();

    // when it is loaded
    var model =
        SentenceModels.load(
            () -> {
              throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
            });

    // then there is no model, and one warning line says why and that answers go on from words
    assertThat(model).isEmpty();
    assertThat(logged.list)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel().toString()).isEqualTo("WARN");
              assertThat(event.getFormattedMessage())
                  .contains(
                      "semantic search is off", "UnsatisfiedLinkError", "onnxruntime", "words only")
                  .doesNotContain("\n");
            });
  }

  @Test
  void theBundledModelLoadsOfflineAndGivesUnitVectors() {
    // given the model shipped in its jar
    try (SentenceModel model = SentenceModels.bundled().orElseThrow()) {
      // when two alike and one unrelated text are embedded
      var vectors =
          model.embed(
              java.util.List.of("Is there childcare?", "Can I bring my kids?", "Train timetable"));

      // then each vector has unit length, and the alike texts are closer than the unrelated one
      assertThat(vectors)
          .hasSize(3)
          .allSatisfy(
              v ->
                  assertThat(Vectors.cosine(v, v))
                      .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4)));
      assertThat(Vectors.cosine(vectors.get(0), vectors.get(1)))
          .isGreaterThan(Vectors.cosine(vectors.get(0), vectors.get(2)));
    }
  }

  private static ListAppender<ILoggingEvent> listen() {
    Logger logger = (Logger) LoggerFactory.getLogger(SentenceModels.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    return appender;
  }
}
