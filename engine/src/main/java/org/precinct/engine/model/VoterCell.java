package org.precinct.engine.model;

import org.precinct.engine.spec.QuestionSpec;

/**
 * One (benign stream, question category) pair whose voters are asked about: its indices, channel,
 * side, share of the stream's requests and the question itself.
 *
 * @param side the index of the stream's side, or -1
 */
record VoterCell(
    int stream, int question, int channel, int side, double share, QuestionSpec spec) {}
