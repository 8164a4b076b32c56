package org.precinct.scenarios.build;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.precinct.engine.spec.InaccuracySpec;
import org.precinct.engine.spec.QuestionSpec;
import org.precinct.engine.spec.SideSpec;
import org.precinct.engine.spec.TimelineSpec;
import org.precinct.engine.spec.VoterSpec;
import org.precinct.scenarios.format.DateValue;
import org.precinct.scenarios.format.VotersYaml;
import org.precinct.scenarios.read.YamlPaths;

/** Maps the voter side (questions, inaccuracy, sides), and back for the YAML writer. */
final class VoterMapper {
  private static final String BASE = "voters";
  private final Checks checks;

  VoterMapper(Checks checks) {
    this.checks = checks;
  }

  VoterSpec voters(VotersYaml v, TimelineSpec timeline) {
    if (v == null || timeline == null) {
      return VoterSpec.none();
    }
    int mark = checks.mark();
    InaccuracySpec inaccuracy =
        inaccuracy(v.inaccuracy(), cutoffTicks(v.knowledgeCutoff(), timeline));
    double spillover =
        checks.fraction(v.refusalSpillover(), YamlPaths.key(BASE, "refusal-spillover"), 0);
    List<QuestionSpec> questions =
        Indexed.map(v.questions(), YamlPaths.key(BASE, "questions"), this::question);
    List<SideSpec> sides = Indexed.map(v.sides(), YamlPaths.key(BASE, "sides"), this::side);
    return checks.build(
        BASE,
        mark,
        () ->
            new VoterSpec(
                inaccuracy,
                spillover,
                Lists.immutable.withAll(questions),
                Lists.immutable.withAll(sides)));
  }

  private static long cutoffTicks(DateValue cutoff, TimelineSpec timeline) {
    if (cutoff == null) {
      return 0L;
    }
    return Duration.between(timeline.start(), cutoff.date().atStartOfDay(timeline.zone()))
        .toMillis();
  }

  private InaccuracySpec inaccuracy(VotersYaml.InaccuracyYaml i, long cutoffTicks) {
    String path = YamlPaths.key(BASE, "inaccuracy");
    if (i == null) {
      return new InaccuracySpec(cutoffTicks, 0, 0, 0, 0);
    }
    int mark = checks.mark();
    double base = checks.fraction(i.base(), YamlPaths.key(path, "base"), 0);
    double perMonth = checks.fraction(i.perMonth(), YamlPaths.key(path, "per-month"), 0);
    double local =
        checks.fraction(i.jurisdictionExtra(), YamlPaths.key(path, "jurisdiction-extra"), 0);
    double max = checks.fraction(i.max(), YamlPaths.key(path, "max"), 1);
    return checks.build(
        path, mark, () -> new InaccuracySpec(cutoffTicks, base, perMonth, local, max));
  }

  private QuestionSpec question(VotersYaml.QuestionYaml q, String path) {
    int mark = checks.mark();
    checks.id(q.id(), YamlPaths.key(path, "id"));
    double share =
        checks.range(q.share(), YamlPaths.key(path, "share"), 0, 1e9, 0, "a share of 0 or more");
    double over = checks.fraction(q.overRefusal(), YamlPaths.key(path, "over-refusal"), 0);
    double prompt =
        checks.fraction(
            q.promptModificationOverRefusal(),
            YamlPaths.key(path, "prompt-modification-over-refusal"),
            0);
    return checks.build(
        path,
        mark,
        () ->
            new QuestionSpec(
                q.id(),
                ChannelMapper.label(q.label(), q.id()),
                EnumMapping.benign(q.askedBy()),
                share,
                q.jurisdictionSpecific() != null && q.jurisdictionSpecific(),
                over,
                prompt,
                q.resembles() == null ? null : EnumMapping.category(q.resembles())));
  }

  private SideSpec side(VotersYaml.SideYaml s, String path) {
    int mark = checks.mark();
    double refusal =
        checks.range(
            s.overRefusalScale(),
            YamlPaths.key(path, "over-refusal-scale"),
            0,
            100,
            1,
            "a factor from 0 to 100");
    double flags =
        checks.range(
            s.falsePositiveScale(),
            YamlPaths.key(path, "false-positive-scale"),
            0,
            100,
            1,
            "a factor from 0 to 100");
    return checks.build(
        path,
        mark,
        () -> new SideSpec(s.id(), ChannelMapper.label(s.label(), s.id()), refusal, flags));
  }

  /** The YAML of a voter side, or null for none. */
  static VotersYaml toYaml(VoterSpec v, TimelineSpec timeline) {
    if (v.questions().isEmpty() && v.sides().isEmpty()) {
      return null;
    }
    InaccuracySpec i = v.inaccuracy();
    LocalDate cutoff = timeline.start().plus(Duration.ofMillis(i.cutoffTicks())).toLocalDate();
    return new VotersYaml(
        DateValue.of(cutoff),
        new VotersYaml.InaccuracyYaml(i.base(), i.perMonth(), i.jurisdictionExtra(), i.max()),
        v.refusalSpillover(),
        v.questions()
            .collect(
                (QuestionSpec q) ->
                    new VotersYaml.QuestionYaml(
                        q.id(),
                        q.label(),
                        EnumMapping.benign(q.askedBy()),
                        q.share(),
                        q.jurisdictionSpecific(),
                        q.overRefusal(),
                        q.promptModificationOverRefusal(),
                        q.resembles() == null ? null : EnumMapping.category(q.resembles())))
            .castToList(),
        v.sides().isEmpty()
            ? null
            : v.sides()
                .collect(
                    (SideSpec s) ->
                        new VotersYaml.SideYaml(
                            s.id(), s.label(), s.overRefusalScale(), s.falsePositiveScale()))
                .castToList());
  }
}
