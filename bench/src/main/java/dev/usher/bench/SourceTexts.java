package dev.usher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usher.knowledge.document.Passage;
import dev.usher.knowledge.ingest.ConferenceReader;
import dev.usher.knowledge.ingest.KnowledgeSettings;
import dev.usher.knowledge.ingest.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The real texts the scaled corpora are made from: the sample conference's passages, and the talk
 * titles and abstracts of the real schedules in the shared data folder.
 */
final class SourceTexts {
  /** A heading and its text. */
  record Text(String heading, String body) {}

  private SourceTexts() {}

  static List<Text> read(KnowledgeSettings sample, Path sharedData) {
    List<Text> texts = new ArrayList<>();
    for (SourceDocument document : new ConferenceReader(sample, file -> {}).read().documents()) {
      for (Passage passage : document.passages()) {
        texts.add(
            new Text(
                passage.section().isEmpty()
                    ? document.title()
                    : passage.section().replace('\n', ' '),
                passage.text()));
      }
    }
    texts.addAll(frab(sharedData.resolve("31c3/schedule.xml")));
    texts.addAll(pretalx(sharedData.resolve("pretalx-democon/schedule.json")));
    return texts.stream().filter(t -> !t.body().isBlank()).toList();
  }

  static List<Text> frab(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList events =
          factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("event");
      List<Text> texts = new ArrayList<>();
      for (int i = 0; i < events.getLength(); i++) {
        Element event = (Element) events.item(i);
        String title = child(event, "title");
        String body =
            String.join(
                    "\n",
                    child(event, "subtitle"),
                    child(event, "abstract"),
                    child(event, "description"))
                .strip();
        texts.add(new Text(title, body));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot parse " + file, e);
    }
  }

  private static String child(Element event, String name) {
    NodeList nodes = event.getElementsByTagName(name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  static List<Text> pretalx(Path file) {
    try {
      JsonNode days =
          new ObjectMapper()
              .readTree(Files.readString(file))
              .path("schedule")
              .path("conference")
              .path("days");
      List<Text> texts = new ArrayList<>();
      for (JsonNode day : days) {
        for (JsonNode room : day.path("rooms")) {
          for (JsonNode talk : room) {
            String body =
                String.join(
                        "\n", talk.path("abstract").asText(""), talk.path("description").asText(""))
                    .strip();
            texts.add(new Text(talk.path("title").asText(""), body));
          }
        }
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
