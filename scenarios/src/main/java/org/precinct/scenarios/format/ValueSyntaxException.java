package org.precinct.scenarios.format;

/** Thrown by a value type's {@code parse} when text is not in its syntax; the message says why. */
public final class ValueSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expected;

  /** A syntax failure with what was wrong and what would have been valid. */
  public ValueSyntaxException(String message, String expected) {
    super(message);
    this.expected = expected;
  }

  /** What would have been valid, for the problem report. */
  public String expected() {
    return expected;
  }
}
