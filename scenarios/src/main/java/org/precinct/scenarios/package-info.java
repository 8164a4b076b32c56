/** Precinct scenarios module. */
package org.precinct.scenarios;
