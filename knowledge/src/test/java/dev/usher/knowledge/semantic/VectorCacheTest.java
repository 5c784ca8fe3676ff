package dev.usher.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {

  @Test
  void aRebuildEmbedsOnlyTheTextsThatChanged(@TempDir Path dir) throws Exception {
    // given a cache file written by a first build of two texts
    Path file = dir.resolve("vectors.bin");
    CountingModel first = new CountingModel();
    VectorCache.open(first, Optional.of(file))
        .vectors(List.of("Childcare is free.", "Doors open at 9."), done -> {});

    // when a second process builds with one text changed
    CountingModel second = new CountingModel();
    List<float[]> vectors =
        VectorCache.open(second, Optional.of(file))
            .vectors(List.of("Childcare is free.", "Doors open at 10."), done -> {});

    // then only the changed text is embedded again, and the unchanged one keeps its vector
    assertThat(first.embedded).containsExactly("Childcare is free.", "Doors open at 9.");
    assertThat(second.embedded).containsExactly("Doors open at 10.");
    assertThat(vectors.get(0)).containsExactly(CountingModel.vectorOf("Childcare is free."));
  }

  @Test
  void aDamagedCacheFileIsIgnoredAndRewritten(@TempDir Path dir) throws Exception {
    // given a cache file cut short
    Path file = dir.resolve("vectors.bin");
    VectorCache.open(new CountingModel(), Optional.of(file)).vectors(List.of("a", "b"), done -> {});
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    // when it is opened again
    CountingModel model = new CountingModel();
    VectorCache.open(model, Optional.of(file)).vectors(List.of("a", "b"), done -> {});

    // then everything is embedded again, and the file is whole once more
    assertThat(model.embedded).containsExactly("a", "b");
    assertThat(Files.size(file)).isEqualTo(whole.length);
  }

  /** A model that records what it embeds; its vectors depend on the text only. */
  private static final class CountingModel implements SentenceModel {
    final List<String> embedded = new ArrayList<>();

    static float[] vectorOf(String text) {
      return Vectors.unit(new float[] {text.length(), text.hashCode() % 7, 1});
    }

    @Override
    public String id() {
      return "counting";
    }

    @Override
    public int dimensions() {
      return 3;
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
      embedded.addAll(texts);
      return texts.stream().map(CountingModel::vectorOf).toList();
    }

    @Override
    public void close() {}
  }
}
