package org.precinct.engine.model;

/**
 * The state review works on: threat accounts and benign users (whose review streams decide their
 * cases) and the case table itself.
 */
record CaseSubjects(Accounts accounts, BenignUsers benign, CaseTable cases) {}
