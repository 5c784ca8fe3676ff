package dev.usher.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link YamlTree} gives the tree and the plain values Jackson's {@code ObjectMapper} gives, for
 * the project's own settings files and for the YAML shapes a settings file can take.
 */
class YamlTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  @TempDir Path temporary;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/iclr-2026/usher.yaml",
        "eval/europython-2024/usher.yaml",
        "eval/pyconuk-2017/usher.yaml"
      })
  void theProjectsSettingsFilesReadAsTheMapperReadsThem(String name) throws Exception {
    Path file = Path.of("..").resolve(name);

    assertThat(YamlTree.read(file)).isEqualTo(MAPPER.readTree(file.toFile()));
    assertThat(YamlTree.plain(YamlTree.read(file)))
        .isEqualTo(MAPPER.readValue(file.toFile(), Map.class));
  }

  @Test
  void everyKindOfValueReadsAsTheMapperReadsIt() throws Exception {
    Path file =
        write(
            """
            name: "Demo: 2026"
            count: 12
            big: 12345678901
            huge: 123456789012345678901234567890
            ratio: 0.75
            on: true
            off: false
            nothing: null
            empty:
            quoted: '07:00'
            dates: [2026-04-24, 2026-04-25]
            nested:
              list:
                - {a: 1, b: [x, y]}
                - plain
            anchor: &base {minutes: 10}
            alias: *base
            repeated: first
            repeated: last
            """);

    JsonNode tree = YamlTree.read(file);

    assertThat(tree).isEqualTo(MAPPER.readTree(file.toFile()));
    assertThat(YamlTree.plain(tree)).isEqualTo(MAPPER.readValue(file.toFile(), Map.class));
    assertThat(tree.get("repeated").asText()).isEqualTo("last");
  }

  @Test
  void aListAtTheTopIsAListAndAnEmptyFileHasNoTree() throws Exception {
    assertThat(YamlTree.plain(YamlTree.read(write("- a\n- b\n")))).isEqualTo(List.of("a", "b"));
    assertThat(YamlTree.read(write("")).isMissingNode()).isTrue();
    assertThat(YamlTree.read(write("# only a comment\n")).isMissingNode()).isTrue();
  }

  @Test
  void invalidYamlFailsAsTheMapperFails() throws Exception {
    Path file = write("name: Demo\n  timezone: [unclosed\n");

    assertThatThrownBy(() -> MAPPER.readTree(file.toFile())).isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> YamlTree.read(file)).isInstanceOf(JacksonException.class);
  }

  private Path write(String text) throws Exception {
    Path file = Files.createTempFile(temporary, "usher", ".yaml");
    Files.writeString(file, text);
    return file;
  }
}
