package dev.usher.app.replica;

/** A platform of a leader's term could not start (no network, a refused token): serving stops. */
public final class PlatformStartException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String platform;

  PlatformStartException(String platform, Exception cause) {
    super(platform + " could not start", cause);
    this.platform = platform;
  }

  /** The platform's name: {@code discord}, {@code slack}. */
  public String platform() {
    return platform;
  }
}
