package org.precinct.engine.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.list.MutableList;
import org.precinct.engine.kernel.Ticks;
import org.precinct.engine.spec.AccountsSpec;
import org.precinct.engine.spec.AdaptationSpec;
import org.precinct.engine.spec.AuditSpec;
import org.precinct.engine.spec.BenignStreamSpec;
import org.precinct.engine.spec.CampaignSpec;
import org.precinct.engine.spec.ChannelSpec;
import org.precinct.engine.spec.ClassifierSpec;
import org.precinct.engine.spec.CoordinationSpec;
import org.precinct.engine.spec.DefensesSpec;
import org.precinct.engine.spec.DistributionSpec;
import org.precinct.engine.spec.EnforcementSpec;
import org.precinct.engine.spec.ExerciseSpec;
import org.precinct.engine.spec.FlaggingSpec;
import org.precinct.engine.spec.HarmWeightingSpec;
import org.precinct.engine.spec.InjectSpec;
import org.precinct.engine.spec.InterventionSpec;
import org.precinct.engine.spec.MetadataSpec;
import org.precinct.engine.spec.PolicyCategory;
import org.precinct.engine.spec.PromptModificationSpec;
import org.precinct.engine.spec.QueueSpec;
import org.precinct.engine.spec.RedirectSpec;
import org.precinct.engine.spec.RefusalSpec;
import org.precinct.engine.spec.RunDefaultsSpec;
import org.precinct.engine.spec.ScenarioSpec;
import org.precinct.engine.spec.ShiftSpec;
import org.precinct.engine.spec.TimelineSpec;

/**
 * A mutable builder of scenario specs for tests and benchmarks (YAML is the scenarios module's
 * business): every part has a default, and tests replace the parts they exercise.
 */
public final class ScenarioBuilder {
  static final ZoneId ZONE = ZoneId.of("America/New_York");

  public TimelineSpec timeline = timeline(LocalDate.of(2024, 9, 21), LocalDate.of(2024, 11, 6));
  public final MutableList<ChannelSpec> channels = Lists.mutable.empty();
  public final MutableList<CampaignSpec> campaigns = Lists.mutable.empty();
  public final MutableList<BenignStreamSpec> benign = Lists.mutable.empty();
  public final MutableList<ClassifierSpec> classifiers = Lists.mutable.empty();
  public final MutableList<QueueSpec> queues = Lists.mutable.empty();
  public final MutableList<InjectSpec> injects = Lists.mutable.empty();
  public final MutableList<InterventionSpec> interventions = Lists.mutable.empty();
  public RefusalSpec refusal = new RefusalSpec(false, Maps.immutable.empty());
  public PromptModificationSpec promptModification = new PromptModificationSpec(false, 0.0);
  public FlaggingSpec flagging = new FlaggingSpec(1, Ticks.DAY);
  public CoordinationSpec coordination = new CoordinationSpec(false, Ticks.DAY, 0.3, 0.1);
  public AuditSpec audit = new AuditSpec(false, Ticks.WEEK, 0.05, 0.5);
  public RedirectSpec redirect = new RedirectSpec(true, 0.6);
  public EnforcementSpec enforcement = enforcement("review", "review");
  public HarmWeightingSpec harmWeighting = HarmWeightingSpec.flat();
  public long seed = 42L;
  public org.precinct.engine.spec.VoterSpec voters = org.precinct.engine.spec.VoterSpec.none();

  /**
   * A timeline from midnight of {@code from} to midnight of {@code to}, election day the day before
   * {@code to}.
   */
  public static TimelineSpec timeline(LocalDate from, LocalDate to) {
    return new TimelineSpec(
        from.atStartOfDay(ZONE),
        to.minusDays(1),
        to.atStartOfDay(ZONE),
        ZONE,
        Lists.immutable.empty());
  }

  public static EnforcementSpec enforcement(String reviewQueue, String networkQueue) {
    return new EnforcementSpec(
        0.0,
        new DistributionSpec.Constant(0.0),
        new DistributionSpec.Constant(0.0),
        reviewQueue,
        networkQueue);
  }

  public static ChannelSpec channel(String id, org.precinct.engine.spec.ChannelKind kind) {
    EnumSet<org.precinct.engine.spec.DefenseKind> defenses =
        EnumSet.allOf(org.precinct.engine.spec.DefenseKind.class);
    var partner =
        kind == org.precinct.engine.spec.ChannelKind.PARTNER_PLATFORM
            ? new org.precinct.engine.spec.PartnerSpec(
                id + " partner", new DistributionSpec.Constant(24.0), 1.0)
            : null;
    return new ChannelSpec(id, id, kind, Sets.immutable.withAll(defenses), partner);
  }

  /** A flat campaign active over the whole timeline with no re-creation and no adaptation. */
  public CampaignSpec campaign(
      String id, PolicyCategory category, String channel, int accounts, double perAccountPerDay) {
    return new CampaignSpec(
        id,
        id,
        category,
        channel,
        0L,
        timeline.endTicks(),
        new AccountsSpec(accounts, 0.0, false, new DistributionSpec.Constant(1.0), 0),
        new org.precinct.engine.spec.IntensitySpec(perAccountPerDay, 1.0, 0.0),
        1.0,
        3.0,
        "",
        AdaptationSpec.none(),
        true);
  }

  public static ClassifierSpec classifier(
      String id, double auc, double recall, double latencyHours) {
    return new ClassifierSpec(
        id,
        true,
        Sets.immutable.of(PolicyCategory.values()),
        auc,
        recall,
        new DistributionSpec.Constant(latencyHours));
  }

  /** A queue with {@code staff} reviewers on duty around the clock and the given handle time. */
  public static QueueSpec alwaysOnQueue(String id, int staff, DistributionSpec handle) {
    ShiftSpec allDay =
        new ShiftSpec(
            Sets.immutable.of(DayOfWeek.values()), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, staff);
    return queue(id, Lists.mutable.of(allDay), handle);
  }

  public static QueueSpec queue(String id, MutableList<ShiftSpec> shifts, DistributionSpec handle) {
    return new QueueSpec(
        id,
        id,
        shifts.toImmutable(),
        handle,
        1.0,
        1.0,
        0.0,
        "",
        Ticks.DAY,
        0.0,
        0,
        false,
        0.0,
        new DistributionSpec.Constant(0.5));
  }

  /** Replaces the queue with this id. */
  public ScenarioBuilder replaceQueue(String id, UnaryOperator<QueueSpec> edit) {
    queues.replaceAll(q -> q.id().equals(id) ? edit.apply(q) : q);
    return this;
  }

  /** Replaces every campaign. */
  public ScenarioBuilder editCampaigns(UnaryOperator<CampaignSpec> edit) {
    campaigns.replaceAll(edit);
    return this;
  }

  public ScenarioSpec build() {
    return new ScenarioSpec(
        metadata(),
        timeline,
        channels.toImmutable(),
        campaigns.toImmutable(),
        benign.toImmutable(),
        defenses(),
        queues.toImmutable(),
        enforcement,
        harmWeighting,
        injects.toImmutable(),
        interventions.toImmutable(),
        Lists.immutable.empty(),
        ExerciseSpec.empty(),
        Lists.immutable.empty(),
        new RunDefaultsSpec(seed, 20),
        voters);
  }

  private static MetadataSpec metadata() {
    return new MetadataSpec(
        "1",
        "test",
        "Test scenario",
        "Built in code for tests.",
        "tests",
        Lists.immutable.empty(),
        "");
  }

  private DefensesSpec defenses() {
    return new DefensesSpec(
        refusal,
        promptModification,
        classifiers.toImmutable(),
        flagging,
        coordination,
        audit,
        redirect);
  }
}
