package dev.usher.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conference folder that cannot be written (read-only, shared) is indexed without being touched,
 * and a question set run over any folder leaves it as it was.
 */
@Tag("slow")
class ReadOnlyConferenceTest {
  @TempDir Path temporary;

  @Test
  void indexAndAskWriteNothingIntoAReadOnlyFolder() throws Exception {
    // given a read-only copy of the sample and a cache of the test's own
    Path folder = SampleConference.copy(SampleConference.SOURCE);
    Path cache = temporary.resolve("cache");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    System.setProperty("usher.cache", cache.toString());
    try {
      // when it is indexed and asked
      CommandLineRun index = CommandLineRun.of("index", "--data", folder.toString());
      CommandLineRun ask =
          CommandLineRun.of("ask", "--data", folder.toString(), "When is ICLR 2026?");

      // then both work, the index is in the cache, and the folder holds only what it held
      assertThat(index.exitCode()).as(index.err()).isZero();
      assertThat(ask.out()).contains("April");
      assertThat(folder.resolve(".usher")).doesNotExist();
      try (Stream<Path> cached = Files.walk(cache)) {
        assertThat(cached.map(p -> p.getFileName().toString())).contains("index");
      }
    } finally {
      System.clearProperty("usher.cache");
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void evalWritesNothingIntoTheFolderItMeasuresEvenWhereItMayWrite() throws Exception {
    // given a writable copy of the sample, a one-question set beside it and a cache of the test's
    // own
    Path folder = SampleConference.copy(SampleConference.SOURCE);
    Path set = temporary.resolve("set.tsv");
    Files.writeString(set, "id\tquestion\texpect\tsource\nq1\tWhen is ICLR 2026?\tApril\t-\n");
    Path cache = temporary.resolve("cache");
    System.setProperty("usher.cache", cache.toString());
    try {
      // when the set is run over it
      CommandLineRun eval = CommandLineRun.of("eval", set.toString(), "--data", folder.toString());

      // then it is answered from an index in the cache, and no state appeared in the folder
      assertThat(eval.out()).as(eval.err()).contains("1 passed");
      assertThat(folder.resolve(".usher")).doesNotExist();
      try (Stream<Path> cached = Files.walk(cache)) {
        assertThat(cached.map(p -> p.getFileName().toString())).contains("index");
      }
    } finally {
      System.clearProperty("usher.cache");
    }
  }
}
