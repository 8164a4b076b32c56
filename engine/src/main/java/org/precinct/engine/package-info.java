/** Precinct's simulation engine: kernel, model, results and experiments, free of any I/O. */
package org.precinct.engine;
