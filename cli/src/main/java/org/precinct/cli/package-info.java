/** Precinct cli module. */
package org.precinct.cli;
