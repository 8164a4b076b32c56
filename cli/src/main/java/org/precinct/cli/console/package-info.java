/**
 * What precinct shows on the terminal: the progress bar on stderr, shown only to a person at an
 * interactive terminal, and the short plain-text summary on stdout.
 */
package org.precinct.cli.console;
