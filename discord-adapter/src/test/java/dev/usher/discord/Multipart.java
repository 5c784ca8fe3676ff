package dev.usher.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body as Discord reads one for a message with files: a {@code payload_json}
 * part with the message's JSON and a {@code files[n]} part per file, each with a filename; the
 * payload's {@code attachments} (top level, or under {@code data} of an interaction response) name
 * each file by its {@code n} as {@code id}.
 */
record Multipart(Optional<String> payloadJson, Map<String, FilePart> files) {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
  private static final Pattern FILES_FIELD = Pattern.compile("files\\[(\\d+)]");

  record FilePart(String fileName, String content) {}

  static Multipart parse(byte[] raw, String contentType) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw new IllegalArgumentException("multipart without a boundary: " + contentType);
    }
    // ISO-8859-1 keeps every byte as one char, so the parts' bytes survive the split.
    String body = new String(raw, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary.group(1);
    Optional<String> payload = Optional.empty();
    Map<String, FilePart> files = new LinkedHashMap<>();
    for (String part : body.split(Pattern.quote(delimiter))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue; // the preamble or the closing "--"
      }
      String headers = part.substring(0, headersEnd);
      String content = part.substring(headersEnd + 4).replaceFirst("\r\n$", "");
      String utf8 =
          new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      Matcher name = NAME.matcher(headers);
      if (!name.find()) {
        continue;
      }
      if (name.group(1).equals("payload_json")) {
        payload = Optional.of(utf8);
      } else {
        Matcher fileName = FILE_NAME.matcher(headers);
        files.put(name.group(1), new FilePart(fileName.find() ? fileName.group(1) : "", utf8));
      }
    }
    return new Multipart(payload, files);
  }

  /** What Discord would refuse in this form (50035), given its parsed {@code payload_json}. */
  Optional<String> invalidFor(JsonNode payload) {
    if (payloadJson.isEmpty()) {
      return Optional.of("payload_json: This field is required.");
    }
    JsonNode attachments =
        payload.has("data")
            ? payload.path("data").path("attachments")
            : payload.path("attachments");
    for (Map.Entry<String, FilePart> file : files.entrySet()) {
      Matcher field = FILES_FIELD.matcher(file.getKey());
      if (!field.matches()) {
        return Optional.of(file.getKey() + ": not a files[n] field.");
      }
      if (file.getValue().fileName().isBlank()) {
        return Optional.of(file.getKey() + ": a file needs a filename.");
      }
      boolean named = false;
      for (JsonNode attachment : attachments) {
        named |= attachment.path("id").asText().equals(field.group(1));
      }
      if (!named) {
        return Optional.of(
            "attachments: no attachment with id " + field.group(1) + " for " + file.getKey() + ".");
      }
    }
    return Optional.empty();
  }
}
