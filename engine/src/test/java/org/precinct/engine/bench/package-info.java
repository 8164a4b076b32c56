/**
 * JMH benchmarks of the kernel, run with {@code mvn -B -pl engine -Pbench verify}: the hold model
 * on the production scheduler and on a bare binary heap, and an M/M/10 queue.
 */
package org.precinct.engine.bench;
