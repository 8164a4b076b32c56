/** Precinct charts module. */
package org.precinct.charts;
