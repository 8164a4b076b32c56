package org.precinct.engine.model;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.result.GroupValue;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.QuestionSpec;
import org.precinct.engine.spec.VoterSpec;

/**
 * Reads a finished replication's voter-side tallies into breakdown tables: outcomes by question
 * category ("questions"), and by political side ("parity") the rates at which legitimate users'
 * questions are refused, their requests falsely flagged and they are wrongly enforced against, and
 * the same defenses' rates on the side's campaigns; the parity gap is the spread (largest minus
 * smallest) of the sides' legitimate-refusal rates.
 */
final class VoterBreakdown {
  static final String QUESTIONS = "questions";
  static final String PARITY = "parity";

  private final EndState m;
  private final VoterSpec voters;
  private final VoterTallies t;
  private final MutableList<GroupValue> groups = Lists.mutable.empty();
  private double minRefusal = Double.POSITIVE_INFINITY;
  private double maxRefusal = Double.NEGATIVE_INFINITY;
  private int sidesWithQuestions;

  VoterBreakdown(EndState m) {
    this.m = m;
    this.voters = m.setup().spec().voters();
    this.t = m.recorder().voters;
    questions();
    for (int side = 0; side < voters.sides().size(); side++) {
      side(side);
    }
  }

  ImmutableList<GroupValue> groups() {
    return groups.toImmutable();
  }

  /** Largest minus smallest legitimate-refusal rate across sides (0 with fewer than two). */
  double parityGap() {
    return sidesWithQuestions < 2 ? 0.0 : maxRefusal - minRefusal;
  }

  private void questions() {
    for (int q = 0; q < voters.questions().size(); q++) {
      QuestionSpec spec = voters.questions().get(q);
      add(QUESTIONS, spec.id(), "asked", t.questionAsked[q]);
      add(QUESTIONS, spec.id(), "answered-inaccurately", t.questionInaccurate[q]);
      add(QUESTIONS, spec.id(), "refused", t.questionRefused[q]);
    }
  }

  private void side(int side) {
    String id = voters.sides().get(side).id();
    double questions = 0;
    double refused = 0;
    double requests = 0;
    double flags = 0;
    double users = 0;
    double wrongful = 0;
    for (int s = 0; s < m.setup().spec().benign().size(); s++) {
      BenignStreamSpec b = m.setup().spec().benign().get(s);
      if (b.sideId().equals(id)) {
        questions += t.streamQuestions[s];
        refused += t.streamRefused[s];
        requests += t.streamRequests[s];
        flags += t.streamFlags[s];
        users += b.users();
        wrongful += t.streamWrongful[s];
      }
    }
    if (questions > 0) {
      double rate = refused / questions;
      add(PARITY, id, "legitimate-refusal-rate", rate);
      minRefusal = Math.min(minRefusal, rate);
      maxRefusal = Math.max(maxRefusal, rate);
      sidesWithQuestions++;
    }
    if (requests > 0) {
      add(PARITY, id, "false-flags-per-100k-requests", flags / requests * 1e5);
    }
    if (users > 0) {
      add(PARITY, id, "wrongful-enforcements-per-10k-users", wrongful / users * 1e4);
    }
    threatSide(id);
  }

  private void threatSide(String id) {
    double harmful = 0;
    double refused = 0;
    Accounts acc = m.population().accounts();
    for (int c = 0; c < m.setup().campaigns().length; c++) {
      if (m.setup().campaigns()[c].sideId().equals(id)) {
        harmful += t.campaignHarmful[c];
        refused += t.campaignRefused[c];
      }
    }
    double accounts = 0;
    double enforced = 0;
    for (int a = 0; a < acc.size(); a++) {
      if (acc.firstHarmAt(a) >= 0 && m.setup().campaigns()[acc.campaign(a)].sideId().equals(id)) {
        accounts++;
        enforced += acc.enforcedAt[a] >= 0 ? 1 : 0;
      }
    }
    if (harmful > 0) {
      add(PARITY, id, "harmful-refusal-rate", refused / harmful);
    }
    if (accounts > 0) {
      add(PARITY, id, "threat-accounts-enforced-share", enforced / accounts);
    }
  }

  private void add(String table, String group, String measure, double value) {
    groups.add(new GroupValue(table, group, measure, value));
  }
}
