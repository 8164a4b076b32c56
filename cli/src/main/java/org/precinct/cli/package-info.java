/**
 * The precinct command line application: the entry point, the root command and its factory {@link
 * org.precinct.cli.Precinct#newCommandLine}, which tests use to run commands in-process.
 */
package org.precinct.cli;
