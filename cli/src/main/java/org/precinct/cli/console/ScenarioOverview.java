package org.precinct.cli.console;

import java.io.PrintWriter;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.MetadataSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * A readable summary of a scenario for {@code precinct show}: what it is, its timeline, channels,
 * campaigns, defenses, review queues, injects and interventions, one short line per element.
 */
public final class ScenarioOverview {
  private final PrintWriter out;
  private final ScenarioSpec spec;

  private ScenarioOverview(PrintWriter out, ScenarioSpec spec) {
    this.out = out;
    this.spec = spec;
  }

  /** Prints the overview of {@code spec}. */
  public static void print(PrintWriter out, ScenarioSpec spec) {
    ScenarioOverview overview = new ScenarioOverview(out, spec);
    overview.header();
    overview.timeline();
    overview.campaigns();
    new DefensesOverview(out, spec).print();
    overview.injects();
    overview.interventions();
    out.flush();
  }

  private void header() {
    MetadataSpec meta = spec.metadata();
    out.println(meta.title() + " [" + meta.id() + "]");
    if (!meta.marking().isBlank()) {
      out.println("Handling: " + meta.marking());
    }
    out.println("Author: " + meta.author());
    SpecText.wrap(meta.description(), 78).forEach(out::println);
    out.println(
        "Runs by default with seed "
            + spec.run().seed()
            + " and "
            + spec.run().replications()
            + " replications.");
  }

  private void timeline() {
    TimelineSpec t = spec.timeline();
    section("Timeline (" + t.zone().getId() + ")");
    item("start " + SpecText.at(t, 0) + ", end " + SpecText.at(t, t.endTicks()));
    item("election day " + t.electionDay());
    t.milestones().forEach(m -> item(SpecText.at(t, m.atTicks()) + "  " + m.label()));
  }

  private void campaigns() {
    section("Threat campaigns (" + spec.campaigns().size() + ")");
    for (CampaignSpec c : spec.campaigns()) {
      item(c.id() + ": " + c.label() + (c.active() ? "" : " (starts only through an inject)"));
      detail(
          c.category().label()
              + " on "
              + c.channelId()
              + ", severity "
              + SpecText.number(c.severity())
              + ", "
              + SpecText.share(c.harmfulShare())
              + " of requests harmful");
      detail(
          SpecText.at(spec.timeline(), c.startTicks())
              + " to "
              + SpecText.at(spec.timeline(), c.endTicks())
              + "; "
              + c.accounts().initial()
              + " accounts, +"
              + SpecText.number(c.accounts().growthPerDay())
              + "/day, "
              + SpecText.number(c.intensity().requestsPerAccountPerDay())
              + " requests/account/day"
              + (c.networkId().isEmpty() ? "" : "; network " + c.networkId()));
    }
  }

  private void injects() {
    section("Injects (" + spec.injects().size() + ")");
    for (InjectSpec inject : spec.injects()) {
      String when =
          inject.isTriggered()
              ? (inject.atTicks() > 0
                      ? "from " + SpecText.at(spec.timeline(), inject.atTicks()) + ", "
                      : "")
                  + inject.trigger().describe()
              : SpecText.at(spec.timeline(), inject.atTicks());
      item(when + "  " + inject.title());
      inject.changes().forEach(c -> detail(SpecText.change(c, spec.timeline())));
    }
  }

  private void interventions() {
    section("Interventions (" + spec.interventions().size() + "; switch with --with/--without)");
    for (InterventionSpec i : spec.interventions()) {
      item(
          i.id()
              + (i.defaultOn() ? " [on by default]: " : " [off by default]: ")
              + i.label()
              + (i.costPerDay() > 0 ? ", costs " + SpecText.number(i.costPerDay()) + "/day" : ""));
      i.changes().forEach(c -> detail(SpecText.change(c, spec.timeline())));
    }
  }

  private void section(String title) {
    out.println();
    out.println(title);
  }

  private void item(String text) {
    out.println("  " + text);
  }

  private void detail(String text) {
    out.println("      " + text);
  }
}
