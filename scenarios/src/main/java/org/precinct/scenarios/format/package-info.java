/**
 * The scenario file format as Java records: one record per YAML mapping, one enum per closed set of
 * words, and small value types for units ("45m", "60/day", "E-10d"). The JSON Schema, the loader
 * and the writer are all derived from these types, so the format is defined in one place.
 */
package org.precinct.scenarios.format;
