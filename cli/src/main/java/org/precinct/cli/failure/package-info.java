/**
 * How the precinct command fails: the named exit codes, the exception that marks a user's mistake,
 * and the picocli handlers that turn exceptions into one line and an exit code.
 */
package org.precinct.cli.failure;
