package org.precinct.cli.console;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.DefensesSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ShiftSpec;

/** The channel, defense and review-queue part of {@link ScenarioOverview}. */
final class DefensesOverview {
  private final PrintWriter out;
  private final ScenarioSpec spec;

  DefensesOverview(PrintWriter out, ScenarioSpec spec) {
    this.out = out;
    this.spec = spec;
  }

  void print() {
    channels();
    defenses();
    queues();
  }

  private void channels() {
    heading("Channels (" + spec.channels().size() + ")");
    for (ChannelSpec c : spec.channels()) {
      String defenses = c.defenses().toSortedList().collect(SpecText::kebab).makeString(", ");
      line("  " + c.id() + ": " + c.label() + " (" + SpecText.kebab(c.kind()) + "); " + defenses);
      if (c.partner() != null) {
        line(
            "      partner "
                + c.partner().partnerName()
                + " acts with probability "
                + SpecText.share(c.partner().actionProbability())
                + " after "
                + SpecText.distribution(c.partner().actionDelay()));
      }
    }
  }

  private void defenses() {
    DefensesSpec d = spec.defenses();
    heading("Defenses");
    line("  refusal: " + onOff(d.refusal().enabled()) + refusals(d));
    line(
        String.format(
            Locale.ROOT,
            "  prompt modification: %s, neutralises %s",
            onOff(d.promptModification().enabled()),
            SpecText.share(d.promptModification().harmReduction())));
    for (ClassifierSpec c : d.classifiers()) {
      line(
          String.format(
              Locale.ROOT,
              "  classifier %s: %s, AUC %s at recall %s, latency %s",
              c.id(),
              onOff(c.enabled()),
              SpecText.number(c.auc()),
              SpecText.share(c.recall()),
              SpecText.distribution(c.latency())));
    }
    detection(d);
  }

  private void detection(DefensesSpec d) {
    line(
        String.format(
            Locale.ROOT,
            "  flagging: %d flags within %s open a case",
            d.flagging().flagsToOpenCase(),
            SpecText.hours(d.flagging().windowTicks())));
    line(
        String.format(
            Locale.ROOT,
            "  coordination detection: %s, every %s, base recall %s",
            onOff(d.coordination().enabled()),
            SpecText.hours(d.coordination().periodTicks()),
            SpecText.share(d.coordination().baseRecall())));
    line(
        String.format(
            Locale.ROOT,
            "  use-case audits: %s, every %s, sampling %s",
            onOff(d.audit().enabled()),
            SpecText.hours(d.audit().periodTicks()),
            SpecText.share(d.audit().sampleShare())));
    line(
        String.format(
            Locale.ROOT,
            "  voting-information redirect: %s, %s",
            onOff(d.redirect().enabled()),
            SpecText.share(d.redirect().share())));
  }

  private static String refusals(DefensesSpec d) {
    return d.refusal()
        .refusalProbability()
        .keyValuesView()
        .toSortedListBy(p -> p.getOne())
        .collect(p -> p.getOne().id() + " " + SpecText.share(p.getTwo()))
        .makeString(" (", ", ", ")");
  }

  private void queues() {
    heading("Review queues (" + spec.queues().size() + ")");
    for (QueueSpec q : spec.queues()) {
      line(
          "  "
              + q.id()
              + ": "
              + q.label()
              + "; handle time "
              + SpecText.distribution(q.handleTime())
              + ", accuracy "
              + SpecText.share(q.accuracy())
              + ", SLA "
              + SpecText.hours(q.slaTicks()));
      line("      shifts: " + q.shifts().collect(DefensesOverview::shift).makeString("; "));
    }
  }

  private static String shift(ShiftSpec s) {
    String days =
        s
            .days()
            .toSortedList()
            .collect(d -> d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT))
            .stream()
            .collect(Collectors.joining(","));
    return s.staff() + " on " + days + " " + s.from() + "-" + s.to();
  }

  private static String onOff(boolean enabled) {
    return enabled ? "on" : "off";
  }

  private void heading(String title) {
    out.println();
    out.println(title);
  }

  private void line(String text) {
    out.println(text);
  }
}
