package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/**
 * Who wrote a scenario, what it is about and how it may be shared, carried into every result so a
 * chart caption or report can say what was run.
 *
 * @param formatVersion the scenario format version, e.g. "1"
 * @param marking a handling marking such as "TLP:AMBER"; empty when the scenario has none
 */
public record MetadataSpec(
    String formatVersion,
    String id,
    String title,
    String description,
    String author,
    ImmutableList<String> assumptions,
    String marking) {
  public MetadataSpec {
    Require.text(formatVersion, "formatVersion");
    Require.id(id, "id");
    Require.text(title, "title");
    Require.text(description, "description");
    Require.text(author, "author");
    Require.nonNull(assumptions, "assumptions");
    Require.text(marking, "marking");
  }
}
