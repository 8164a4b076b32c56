/**
 * The discrete-event kernel: a clock in long millisecond ticks and a pending-event set over
 * primitive arrays; it knows nothing of the election domain so it can be tested and tuned alone.
 */
package org.precinct.engine.kernel;
