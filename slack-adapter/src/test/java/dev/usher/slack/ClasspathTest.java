package dev.usher.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One OkHttp and one SLF4J: Slack's client runs on the OkHttp 5 JDA uses (the HTTP and Socket Mode
 * tests exercise it), and SLF4J is the parent's 2.x.
 */
class ClasspathTest {

  @Test
  void slackClientRunsOnTheSingleOkHttp5() throws Exception {
    List<URL> copies =
        Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).toString()).contains("okhttp-jvm-5.");
    assertThat(okhttp3.OkHttp.VERSION).startsWith("5.");
  }

  @Test
  void slf4jIsTheSingleVersion2Api() throws Exception {
    List<URL> copies =
        Collections.list(getClass().getClassLoader().getResources("org/slf4j/LoggerFactory.class"));

    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).toString()).contains("slf4j-api-2.");
  }
}
