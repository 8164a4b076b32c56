package org.precinct.engine.model;

/** What {@link ReviewDesk} works on and where its verdicts go. */
record ReviewLinks(CaseSubjects subjects, Verdicts verdicts) {}
