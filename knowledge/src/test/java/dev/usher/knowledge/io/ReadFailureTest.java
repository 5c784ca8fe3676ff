package dev.usher.knowledge.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFailureTest {
  @TempDir Path temporary;

  @Test
  void aDeniedPermissionIsSaidInWordsWithoutTheClassOrThePath() {
    assertThat(ReadFailure.describe(new AccessDeniedException("/x")))
        .isEqualTo("permission denied");
  }

  @Test
  void aMissingFileAnUncheckedWrapperAndBadEncodingAreSaidInWords() {
    assertThat(ReadFailure.describe(new NoSuchFileException("/srv/conf/a.md")))
        .isEqualTo("not found");
    assertThat(ReadFailure.describe(new UncheckedIOException(new AccessDeniedException("/x"))))
        .isEqualTo("permission denied");
    assertThat(ReadFailure.describe(new MalformedInputException(1))).isEqualTo("not UTF-8 text");
  }

  @Test
  void readingAFolderAsAFileGivesTheSystemsReasonInPlainWords() {
    IOException failure = null;
    try {
      Files.readAllBytes(temporary);
    } catch (IOException e) {
      failure = e;
    }

    assertThat(failure).isNotNull();
    assertThat(ReadFailure.describe(failure)).isEqualTo("is a folder");
  }

  @Test
  void aLinkLoopIsSaidAsSuch() throws Exception {
    Path a = temporary.resolve("a");
    Files.createSymbolicLink(a, temporary.resolve("b"));
    Files.createSymbolicLink(temporary.resolve("b"), a);
    FileSystemException failure = null;
    try {
      Path unused = a.toRealPath();
    } catch (FileSystemException e) {
      failure = e;
    }

    assertThat(failure).isNotNull();
    assertThat(ReadFailure.describe(failure)).isEqualTo("a link loop");
  }

  @Test
  void aMessageThatReadsAsJavaIsReplacedAndPlainWordsAreKept() {
    assertThat(
            ReadFailure.describe(
                new NullPointerException("Cannot invoke \"java.lang.String.length()\"")))
        .isEqualTo("an unexpected error in the reader");
    assertThat(
            ReadFailure.describe(new IllegalStateException("Page tree root must be a dictionary")))
        .isEqualTo("Page tree root must be a dictionary");
    assertThat(ReadFailure.describe(new IOException())).isEqualTo("an input/output error");
  }
}
