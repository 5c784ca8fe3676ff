package dev.usher.knowledge.document;

import dev.usher.knowledge.io.ReadFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one document's bytes by its extension. Rejects, with a reason an organizer can act on, what
 * is not a readable document: empty, binary, or text that is not UTF-8.
 */
public final class DocumentReader {
  private static final Set<String> EXTENSIONS =
      Set.of("txt", "md", "markdown", "html", "htm", "pdf");

  private DocumentReader() {}

  public static boolean isDocument(String fileName) {
    return EXTENSIONS.contains(extension(fileName));
  }

  /**
   * @param fileName decides the format by its extension, and is the title of last resort
   * @throws UnreadableDocumentException with the reason, when the content cannot be read
   */
  public static ReadDocument read(String fileName, byte[] content)
      throws UnreadableDocumentException {
    if (content.length == 0) {
      throw new UnreadableDocumentException("the file is empty");
    }
    String extension = extension(fileName);
    String fallbackTitle = fileName.replaceFirst("\\.[^.]+$", "");
    try {
      return switch (extension) {
        case "pdf" -> PdfReader.read(content, fallbackTitle);
        case "html", "htm" -> HtmlReader.read(utf8(content), fallbackTitle);
        case "md", "markdown" -> MarkdownReader.read(utf8(content), fallbackTitle);
        case "txt" -> PlainTextReader.read(utf8(content), fallbackTitle);
        default ->
            throw new UnreadableDocumentException("not a document type Usher reads: ." + extension);
      };
    } catch (IOException e) {
      throw new UnreadableDocumentException("not a readable PDF (" + ReadFailure.describe(e) + ")");
    }
  }

  private static String utf8(byte[] content) throws UnreadableDocumentException {
    if (looksBinary(content)) {
      throw new UnreadableDocumentException("binary content, not text");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("not UTF-8 text: save it with UTF-8 encoding");
    }
  }

  /** NUL bytes, or many control characters, in the first few kilobytes. */
  private static boolean looksBinary(byte[] content) {
    int length = Math.min(content.length, 8192);
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = content[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20)) {
        control++;
      }
    }
    return control > length / 20;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
