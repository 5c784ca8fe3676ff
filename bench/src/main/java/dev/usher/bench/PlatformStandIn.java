package dev.usher.bench;

import java.time.Duration;
import java.util.Map;

/**
 * One chat platform's servers, faked in the bench's JVM on 127.0.0.1, and an attendee who asks
 * through them: what a measured {@code serve} process connects to instead of the platform.
 */
interface PlatformStandIn extends AutoCloseable {
  /** The platform's name, as the report and the errors say it. */
  String name();

  /** The {@code usher.yaml} section that points the platform's adapter at this stand-in. */
  String settingsYaml();

  /** The environment variables the adapter reads its (fake) tokens from. */
  Map<String, String> environment();

  /**
   * Returns once the client has connected and can be asked.
   *
   * @throws AssertionError if it has not within {@code timeout}
   */
  void awaitConnected(Duration timeout) throws InterruptedException;

  /**
   * Asks {@code question} as an attendee would and waits for the bot's reply.
   *
   * @return the reply's text as the platform received it
   * @throws AssertionError if no reply came within {@code timeout}
   */
  String ask(String question, Duration timeout) throws InterruptedException;

  @Override
  void close();
}
