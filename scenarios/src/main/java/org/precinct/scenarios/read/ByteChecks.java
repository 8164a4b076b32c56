package org.precinct.scenarios.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.precinct.scenarios.problem.Problems;
import org.precinct.scenarios.problem.SourcePosition;

/** The checks made on raw bytes before any YAML parsing: size, UTF-8 validity and emptiness. */
final class ByteChecks {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private ByteChecks() {}

  /** The file's text, or empty after reporting why the bytes cannot be a scenario. */
  static Optional<String> text(byte[] content, YamlLimits limits, Problems problems) {
    if (content.length > limits.maxBytes()) {
      problems.at(
          SourcePosition.UNKNOWN,
          "",
          "the file is too large to be a scenario",
          content.length + " bytes",
          "at most " + limits.maxBytes() + " bytes");
      return Optional.empty();
    }
    Optional<String> text = decode(content, problems);
    if (text.isPresent() && text.get().isBlank()) {
      problems.at(
          SourcePosition.UNKNOWN,
          "",
          "the file is empty",
          null,
          "a scenario mapping starting with 'version: 1'");
      return Optional.empty();
    }
    return text;
  }

  private static Optional<String> decode(byte[] content, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      problems.at(
          positionOfByte(content, offset),
          "",
          "the file is not valid UTF-8",
          String.format("byte 0x%02X at offset %d", content[offset] & 0xFF, offset),
          "UTF-8 text; save the file as UTF-8");
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return Optional.of(
        !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
  }

  private static SourcePosition positionOfByte(byte[] content, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (content[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(line, offset - lineStart + 1);
  }
}
