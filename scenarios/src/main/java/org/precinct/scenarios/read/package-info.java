/**
 * Hardened reading of scenario YAML: byte-level checks before parsing, a bounded Jackson YAML
 * parser that refuses aliases, tags and duplicate keys, a position-aware tree, and a binder that
 * turns the tree into format records while collecting every problem with its place.
 */
package org.precinct.scenarios.read;
