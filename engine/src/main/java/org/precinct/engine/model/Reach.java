package org.precinct.engine.model;

/**
 * Where exposure starts and stops: traffic reports each delivered harmful output, enforcement each
 * account whose content is removed.
 */
interface Reach {
  /** A harmful output of account {@code account} (of {@code campaign}, on {@code channel}). */
  void delivered(int account, int campaign, int channel);

  /** The account was enforced against: its outputs stop accruing exposure if content is removed. */
  void removed(int account);
}
