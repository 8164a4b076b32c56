/**
 * Random numbers for simulations: the only package that creates generators, so that every draw
 * comes from a named, seeded stream and runs stay reproducible and comparable under common random
 * numbers (see docs/decisions/0002-random-streams.md).
 */
package org.precinct.engine.random;
