package dev.usher.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** The string values of a JSON document, decoded (Gson writes {@code <} as {@code \u003c}). */
final class JsonText {
  private JsonText() {}

  static String strings(String json) {
    List<String> values = new ArrayList<>();
    collect(JsonParser.parseString(json), values);
    return String.join("\n", values);
  }

  private static void collect(JsonElement element, List<String> values) {
    if (element.isJsonObject()) {
      element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), values));
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(e -> collect(e, values));
    } else if (element.isJsonPrimitive()) {
      values.add(element.getAsString());
    }
  }
}
