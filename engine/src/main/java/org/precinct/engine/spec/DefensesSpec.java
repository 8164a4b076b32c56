package org.precinct.engine.spec;

import org.eclipse.collections.api.list.ImmutableList;

/** The provider's automated defenses, in the order a request meets them. */
public record DefensesSpec(
    RefusalSpec refusal,
    PromptModificationSpec promptModification,
    ImmutableList<ClassifierSpec> classifiers,
    FlaggingSpec flagging,
    CoordinationSpec coordination,
    AuditSpec audit,
    RedirectSpec redirect) {
  public DefensesSpec {
    Require.nonNull(refusal, "refusal");
    Require.nonNull(promptModification, "promptModification");
    Require.nonNull(classifiers, "classifiers");
    Require.nonNull(flagging, "flagging");
    Require.nonNull(coordination, "coordination");
    Require.nonNull(audit, "audit");
    Require.nonNull(redirect, "redirect");
  }
}
