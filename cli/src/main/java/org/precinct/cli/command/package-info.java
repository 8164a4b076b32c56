/**
 * The precinct subcommands, one thin class each, and the option groups (mixins) they share: each
 * command loads, runs, charts and reports by calling the other modules.
 */
package org.precinct.cli.command;
