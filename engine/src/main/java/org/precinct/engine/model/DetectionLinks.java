package org.precinct.engine.model;

/**
 * What {@link Detection} sends out and the rule it applies: its outbound interfaces, fixed when the
 * model is wired.
 */
record DetectionLinks(FlagRule rule, int flagCapacity, CaseSink cases, AccountFates fates) {}
