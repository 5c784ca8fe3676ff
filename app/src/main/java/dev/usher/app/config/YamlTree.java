package dev.usher.app.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code usher.yaml} as Jackson's tree, built from Jackson's YAML parser without an {@code
 * ObjectMapper}: making a mapper set up its whole data-binding machinery, about 30 ms of every
 * start, and a tree of a settings file needs none of it. The tree is the one {@code
 * ObjectMapper.readTree} gives (a repeated key keeps its last value); {@link #plain} gives a
 * section as the maps and lists {@code convertValue(node, Map.class)} would.
 */
public final class YamlTree {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlTree() {}

  /**
   * The file's tree; a {@link MissingNode} for a file without content.
   *
   * @throws JsonParseException when the file is not valid YAML
   * @throws IOException when the file cannot be read
   */
  public static JsonNode read(Path file) throws IOException {
    try (JsonParser parser = YAML.createParser(file.toFile())) {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : node(parser, first);
    }
  }

  private static JsonNode node(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "unexpected end of the file");
    }
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(parser.getEmbeddedObject());
      default -> throw new JsonParseException(parser, "unexpected " + token);
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (JsonToken token = parser.nextToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      object.set(name, node(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(node(parser, token));
    }
    return array;
  }

  /**
   * {@code node} as plain values: an object as a map in the file's order, a list as a list, text,
   * numbers and booleans as themselves, null as null.
   */
  public static @Nullable Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      node.properties().forEach(field -> map.put(field.getKey(), plain(field.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>();
      node.forEach(item -> list.add(plain(item)));
      return list;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isPojo()) {
      return ((POJONode) node).getPojo();
    }
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}
