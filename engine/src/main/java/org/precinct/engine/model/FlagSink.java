package org.precinct.engine.model;

/** Where classification sends its evidence: a flag on a threat account after a latency. */
interface FlagSink {
  /** A classifier flagged account {@code account}; the flag arrives {@code hours} from now. */
  void flagAfter(int account, double hours);
}
