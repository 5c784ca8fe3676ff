package dev.usher.discord.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One reply laid out as embed parts, before it is cut to Discord's limits. */
record Card(String title, String description, List<Field> fields, Optional<String> footer) {
  Card {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    fields = List.copyOf(fields);
    Objects.requireNonNull(footer, "footer");
  }

  /** A titled block under the description: a session, a list of sources. */
  record Field(String name, String value) {
    Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }
}
