package dev.usher.knowledge.schedule;

import java.time.ZoneId;

/** Reads one schedule format. Implementations report bad content as problems, never throw. */
interface FormatReader {

  /**
   * @param content the file's bytes
   * @param displayPath what problems name
   * @param defaultZone the zone for times given without an offset
   */
  ScheduleReading read(byte[] content, String displayPath, ZoneId defaultZone);
}
