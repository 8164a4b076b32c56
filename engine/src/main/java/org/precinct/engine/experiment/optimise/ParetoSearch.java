package org.precinct.engine.experiment.optimise;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Evaluator;
import io.jenetics.engine.EvolutionInit;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.function.LongSupplier;
import org.precinct.engine.random.RandomStream;
import org.precinct.engine.random.StreamGenerator;

/**
 * The search beyond the exhaustive limit: NSGA-II (Deb et al. 2002, as implemented by Jenetics'
 * {@link NSGA2Selector}) over the mixed space, minimising the objective, the stated cost and the
 * second metric together, with every candidate evaluated on the same replications (common random
 * numbers) so that candidates are compared on equal luck.
 *
 * <p>A candidate is one integer gene per decision over [0, {@link #GENE_RANGE}), mapped onto the
 * decision's levels in equal slices; uniform crossover and mutation act gene by gene. A bound that
 * a candidate's mean breaks adds the same large penalty to every objective (constraint domination,
 * Deb 2000), so every candidate within the bounds dominates every one outside them. The genetic
 * operators draw from a named experiment stream on this thread only, and a generation is evaluated
 * as one batch of runs, so the search is a pure function of the seed.
 */
final class ParetoSearch {

  /** Genes take values 0 to GENE_RANGE - 1. */
  static final int GENE_RANGE = 10_000;

  private static final double PENALTY = 1e12;

  private final DecisionSpace space;
  private final Evaluations evaluations;
  private final OptimiseRequest request;

  ParetoSearch(DecisionSpace space, Evaluations evaluations, OptimiseRequest request) {
    this.space = space;
    this.evaluations = evaluations;
    this.request = request;
  }

  /** The keys of a first population of {@code size} candidates drawn uniformly from the space. */
  static long[] initialKeys(DecisionSpace space, RandomStream stream, int size) {
    long[] keys = new long[size];
    for (int p = 0; p < size; p++) {
      int[] levels = new int[space.variables().size()];
      for (int v = 0; v < levels.length; v++) {
        levels[v] = stream.nextInt(space.variables().get(v).levels().size());
      }
      keys[p] = space.key(levels);
    }
    return keys;
  }

  /**
   * Evolves from the candidates {@code initial} (already evaluated) until {@code runs} reaches
   * {@code maxRuns} or {@code maxGenerations} pass; every candidate met is left in the evaluations.
   */
  void run(long[] initial, RandomStream stream, LongSupplier runs, long maxRuns, int generations) {
    int genes = space.variables().size();
    Genotype<IntegerGene> template =
        Genotype.of(IntegerChromosome.of(IntRange.of(0, GENE_RANGE), genes));
    java.util.List<Genotype<IntegerGene>> first = new java.util.ArrayList<>();
    for (long key : initial) {
      first.add(genotype(key));
    }
    ISeq<Genotype<IntegerGene>> start = ISeq.of(first);
    Evaluator<IntegerGene, Vec<double[]>> evaluator = this::evaluate;
    RandomRegistry.with(
        new StreamGenerator(stream),
        random -> {
          Engine<IntegerGene, Vec<double[]>> engine =
              new Engine.Builder<>(evaluator, template)
                  .executor(Runnable::run)
                  .populationSize(initial.length)
                  .offspringSelector(new TournamentSelector<>(3))
                  .survivorsSelector(NSGA2Selector.ofVec())
                  .alterers(new UniformCrossover<>(0.3), new Mutator<>(1.0 / genes))
                  .build();
          return engine.stream(EvolutionInit.of(start, 1))
              .limit(generations)
              .takeWhile(r -> runs.getAsLong() < maxRuns)
              .count();
        });
  }

  private ISeq<Phenotype<IntegerGene, Vec<double[]>>> evaluate(
      Seq<Phenotype<IntegerGene, Vec<double[]>>> population) {
    long[] keys = new long[population.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = key(population.get(i).genotype());
    }
    evaluations.evaluate(keys);
    return population.stream()
        .map(p -> p.isEvaluated() ? p : p.withFitness(fitness(key(p.genotype()))))
        .collect(ISeq.toISeq());
  }

  private Vec<double[]> fitness(long key) {
    CandidateResult c = evaluations.result(key);
    double penalty = violation(c) > 0 ? PENALTY * (1 + violation(c)) : 0;
    double objective = oriented(request.objective().lowerIsBetter(), c.objective().mean());
    double second = oriented(request.second().lowerIsBetter(), c.second().mean());
    return Vec.of(-(objective + penalty), -(c.costPerDay() + penalty), -(second + penalty));
  }

  private static double oriented(boolean lowerIsBetter, double value) {
    return lowerIsBetter ? value : -value;
  }

  /** The sum of relative violations of the bounds by the candidate's means. */
  private double violation(CandidateResult c) {
    double total = 0;
    if (!request.affordable(c.costPerDay())) {
      total += (c.costPerDay() - request.maxCostPerDay()) / Math.max(1e-9, request.maxCostPerDay());
    }
    for (int i = 0; i < request.constraints().size(); i++) {
      OutcomeConstraint bound = request.constraints().get(i);
      double scale = Math.max(1e-9, Math.abs(bound.limit()));
      total += bound.violation(c.constraints().get(i).mean()) / scale;
    }
    return total;
  }

  private long key(Genotype<IntegerGene> genotype) {
    IntegerChromosome chromosome = genotype.chromosome().as(IntegerChromosome.class);
    int[] levels = new int[chromosome.length()];
    for (int v = 0; v < levels.length; v++) {
      int n = space.variables().get(v).levels().size();
      levels[v] = (int) Math.min(n - 1, (long) chromosome.get(v).intValue() * n / GENE_RANGE);
    }
    return space.key(levels);
  }

  private Genotype<IntegerGene> genotype(long key) {
    int[] levels = space.levels(key);
    IntegerGene[] genes = new IntegerGene[levels.length];
    for (int v = 0; v < levels.length; v++) {
      int n = space.variables().get(v).levels().size();
      int value = (int) (((long) levels[v] * GENE_RANGE + n - 1) / n);
      genes[v] = IntegerGene.of(value, IntRange.of(0, GENE_RANGE));
    }
    return Genotype.of(IntegerChromosome.of(genes));
  }
}
