package dev.usher.core.schedule;

import dev.usher.core.conference.Conference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScratchTest {
  static Schedule tsv(Path file, ZoneId zone) throws Exception {
    List<Session> sessions = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String[] f = line.split("\t", -1);
      sessions.add(new Session(f[0], f[1], LocalDateTime.parse(f[2]).atZone(zone), LocalDateTime.parse(f[3]).atZone(zone),
          Optional.of(f[4]).filter(x -> !x.isEmpty()), Optional.of(f[5]).filter(x -> !x.isEmpty()),
          f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(";")), f[7], Optional.empty()));
    }
    return new Schedule(zone, sessions);
  }

  @Test
  void print() throws Exception {
    for (String line : Files.readAllLines(Path.of("/tmp/q.txt"))) {
      String[] p = line.split("\\|");
      String data = p.length > 2 ? p[2].strip() : "31c3";
      ZoneId zone = data.equals("iclr") ? ZoneId.of("America/Sao_Paulo") : FrabTestReader.BERLIN;
      Schedule schedule = switch (data) {
        case "iclr" -> tsv(Path.of("/tmp/iclr.tsv"), zone);
        case "democon" -> tsv(Path.of("/tmp/democon.tsv"), zone);
        default -> FrabTestReader.read(FrabTestReader.CCC);
      };
      Conference conf = new Conference(data.equals("iclr") ? "ICLR 2026" : data.equals("democon") ? "DemoCon" : "31. Chaos Communication Congress", zone, Optional.empty(), Optional.empty());
      var instant = LocalDateTime.parse(p[1].strip()).atZone(zone).toInstant();
      var view = new ScheduleView(conf, schedule, instant.atZone(zone));
      var q = new ScheduleQuestionReader(view).read(p[0]);
      var cmds = new ScheduleCommands(conf, schedule, java.time.Clock.fixed(instant, zone));
      var r = cmds.answerQuestion(p[0]);
      System.out.println("Q: " + p[0] + " [" + data + "]\n   " + q + "\n   => " + r.map(x -> Replies.text(x) + " " + Replies.ids(x)).orElse("NOT CLAIMED"));
    }
  }
}
