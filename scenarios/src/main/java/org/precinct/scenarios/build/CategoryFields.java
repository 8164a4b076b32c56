package org.precinct.scenarios.build;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.precinct.scenarios.format.Category;
import org.precinct.scenarios.format.DefensesYaml.CategoryShares;

/** Which field of a per-category mapping holds which category, in both directions. */
final class CategoryFields {

  static final Map<Category, Function<CategoryShares, Double>> FIELDS = fields();

  private CategoryFields() {}

  private static Map<Category, Function<CategoryShares, Double>> fields() {
    Map<Category, Function<CategoryShares, Double>> fields = new EnumMap<>(Category.class);
    fields.put(Category.CAMPAIGNING_LOBBYING, CategoryShares::campaigningLobbying);
    fields.put(Category.ELECTION_MISINFORMATION, CategoryShares::electionMisinformation);
    fields.put(Category.ELECTION_INTERFERENCE, CategoryShares::electionInterference);
    fields.put(Category.VOTER_PROFILING, CategoryShares::voterProfiling);
    fields.put(Category.SOLICITATION, CategoryShares::solicitation);
    fields.put(Category.SYNTHETIC_MEDIA, CategoryShares::syntheticMedia);
    return Collections.unmodifiableMap(fields);
  }

  /** The mapping for the given values by category; absent categories stay null. */
  static CategoryShares shares(Map<Category, Double> values) {
    return new CategoryShares(
        values.get(Category.CAMPAIGNING_LOBBYING),
        values.get(Category.ELECTION_MISINFORMATION),
        values.get(Category.ELECTION_INTERFERENCE),
        values.get(Category.VOTER_PROFILING),
        values.get(Category.SOLICITATION),
        values.get(Category.SYNTHETIC_MEDIA));
  }
}
