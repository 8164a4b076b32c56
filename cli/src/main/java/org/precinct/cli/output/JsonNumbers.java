package org.precinct.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes doubles into JSON so that a NaN or infinity (an undefined value) becomes null. */
final class JsonNumbers {
  private JsonNumbers() {}

  static void put(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
