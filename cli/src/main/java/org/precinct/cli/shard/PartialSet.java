package org.precinct.cli.shard;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.precinct.cli.failure.InvalidInputException;
import org.precinct.engine.experiment.CellMode;
import org.precinct.engine.result.ResultAggregator;
import org.precinct.engine.result.RunMetadata;

/**
 * The partial folders handed to {@code precinct merge}, checked to belong together: one format and
 * Precinct version, one command and design, one scenario (by hash), seed and replication count, and
 * shards 1 to N each exactly once. Every refusal names the folders and the field that differ.
 */
public final class PartialSet {
  /** The aggregate file of a run's partial folder. */
  public static final String AGGREGATE = "aggregate.bin.gz";

  /** The per-replication rows of a run's partial folder. */
  public static final String ROWS = "replications.csv";

  private final List<Path> folders;
  private final List<PartialManifest> manifests;

  private PartialSet(List<Path> folders, List<PartialManifest> manifests) {
    this.folders = folders;
    this.manifests = manifests;
  }

  /**
   * Reads and checks {@code folders}; {@code version} is this program's, which must be the one that
   * wrote them (another version may simulate or analyse differently).
   */
  public static PartialSet open(List<Path> given, String version) {
    List<Path> folders = expand(given);
    if (folders.isEmpty()) {
      throw new InvalidInputException("merge needs the partial folders that --shard wrote");
    }
    List<Path> sorted = new ArrayList<>();
    List<PartialManifest> read = new ArrayList<>();
    TreeMap<Integer, Path> byNumber = new TreeMap<>();
    PartialManifest first = null;
    Path firstFolder = null;
    for (Path folder : folders) {
      PartialManifest m = PartialManifest.read(folder);
      if (first == null) {
        first = m;
        firstFolder = folder;
      } else {
        agree(firstFolder, first, folder, m);
      }
      Path earlier = byNumber.putIfAbsent(m.shard().number(), folder);
      if (earlier != null) {
        throw new InvalidInputException(
            "shard "
                + m.shardSpec()
                + " is given twice: "
                + earlier
                + " and "
                + folder
                + "; pass each shard's folder once");
      }
      read.add(m);
      sorted.add(folder);
    }
    if (!first.precinctVersion().equals(version)) {
      throw new InvalidInputException(
          "the partials were written by Precinct "
              + first.precinctVersion()
              + " but this is "
              + version
              + "; merge with the version that ran the shards");
    }
    int count = first.shard().count();
    List<Integer> missing = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      if (!byNumber.containsKey(k)) {
        missing.add(k);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          (missing.size() == 1 ? "shard " : "shards ")
              + join(missing)
              + " of "
              + count
              + (missing.size() == 1 ? " is" : " are")
              + " missing (given: "
              + join(new ArrayList<>(byNumber.keySet()))
              + "); pass every shard's folder");
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> read.get(i).shard().number()));
    return new PartialSet(
        order.stream().map(sorted::get).toList(), order.stream().map(read::get).toList());
  }

  /**
   * The given folders, where a folder that is no partial but holds partial folders (the parts/
   * folder of a job array) stands for them, in name order.
   */
  private static List<Path> expand(List<Path> given) {
    List<Path> out = new ArrayList<>();
    for (Path folder : given) {
      if (Files.isDirectory(folder) && !Files.exists(folder.resolve(PartialManifest.FILE))) {
        try (Stream<Path> children = Files.list(folder)) {
          List<Path> parts =
              children
                  .filter(c -> Files.isRegularFile(c.resolve(PartialManifest.FILE)))
                  .sorted()
                  .toList();
          if (!parts.isEmpty()) {
            out.addAll(parts);
            continue;
          }
        } catch (IOException e) {
          throw new InvalidInputException(folder + ": cannot be listed (" + e.getMessage() + ")");
        }
      }
      out.add(folder);
    }
    return out;
  }

  private static void agree(Path a, PartialManifest ma, Path b, PartialManifest mb) {
    same(a, b, "Precinct version", ma, mb, PartialManifest::precinctVersion);
    same(a, b, "command", ma, mb, PartialManifest::command);
    same(a, b, "scenario (SHA-256)", ma, mb, m -> m.scenario().sha256());
    same(a, b, "seed", ma, mb, PartialManifest::seed);
    same(a, b, "replications", ma, mb, PartialManifest::replications);
    same(a, b, "shard count", ma, mb, m -> m.shard().count());
    if (!ma.design().equals(mb.design())) {
      List<String> onlyA = new ArrayList<>(ma.design());
      onlyA.removeAll(mb.design());
      List<String> onlyB = new ArrayList<>(mb.design());
      onlyB.removeAll(ma.design());
      throw new InvalidInputException(
          "the partials are not of one experiment: "
              + a
              + " has "
              + String.join(" ", onlyA)
              + " where "
              + b
              + " has "
              + String.join(" ", onlyB));
    }
  }

  private static void same(
      Path a,
      Path b,
      String field,
      PartialManifest ma,
      PartialManifest mb,
      Function<PartialManifest, Object> value) {
    Object va = value.apply(ma);
    Object vb = value.apply(mb);
    if (!Objects.equals(va, vb)) {
      throw new InvalidInputException(
          "the partials do not belong together: "
              + field
              + " is "
              + va
              + " in "
              + a
              + " but "
              + vb
              + " in "
              + b);
    }
  }

  private static String join(List<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  /** The manifest of shard 1 (every shard agrees on all but the shard fields). */
  public PartialManifest manifest() {
    return manifests.get(0);
  }

  /** The scenario's bytes, as copied by shard 1, checked against the recorded hash. */
  public Path scenarioFile() {
    return folders.get(0).resolve(manifest().scenario().file());
  }

  /** The partial folders, by shard number. */
  public List<Path> folders() {
    return folders;
  }

  /** The shards' aggregates merged into one; each is read, merged and dropped in turn. */
  public ResultAggregator aggregate(RunMetadata metadata) {
    ResultAggregator total = new ResultAggregator(metadata);
    for (Path folder : folders) {
      Path file = folder.resolve(AGGREGATE);
      try (DataInputStream in =
          new DataInputStream(
              new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
        total.add(ResultAggregator.read(metadata, in));
      } catch (IOException e) {
        throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    int expected = manifest().replications();
    if (total.count() != expected) {
      throw new InvalidInputException(
          "the partials hold "
              + total.count()
              + " replications, not the "
              + expected
              + " their manifests announce");
    }
    return total;
  }

  /**
   * Writes {@code target} (replications.csv) from the shards' rows in replication order, checking
   * that every replication comes exactly once.
   */
  public void writeRows(Path target) {
    int total = manifest().replications();
    String[] rows = new String[total];
    String header = null;
    for (Path folder : folders) {
      Path file = folder.resolve(ROWS);
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
      }
      if (lines.isEmpty()) {
        throw new InvalidInputException(file + ": empty");
      }
      if (header == null) {
        header = lines.get(0);
      } else if (!header.equals(lines.get(0))) {
        throw new InvalidInputException(file + ": its columns differ from the other shards'");
      }
      StringBuilder[] mine = new StringBuilder[total];
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i);
        int r = replicationOf(file, i + 1, line, total);
        if (rows[r] != null) {
          throw new InvalidInputException(
              file + ": replication " + r + " is also in another shard");
        }
        if (mine[r] == null) {
          mine[r] = new StringBuilder();
        }
        mine[r].append(line).append('\n');
      }
      for (int r = 0; r < total; r++) {
        if (mine[r] != null) {
          rows[r] = mine[r].toString();
        }
      }
    }
    StringBuilder out = new StringBuilder(header).append('\n');
    for (int r = 0; r < total; r++) {
      if (rows[r] == null) {
        throw new InvalidInputException(
            "replication " + r + " is in none of the partials' " + ROWS);
      }
      out.append(rows[r]);
    }
    try {
      Files.writeString(target, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int replicationOf(Path file, int lineNumber, String line, int total) {
    int comma = line.indexOf(',');
    try {
      int r = Integer.parseInt(comma < 0 ? line : line.substring(0, comma));
      if (r >= 0 && r < total) {
        return r;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        file + ":" + lineNumber + ": not a replication row of a run of " + total);
  }

  /**
   * Every shard's experiment cells as the source of a replay: each cell must be found in the shard
   * that owns its number and must be the (variant, replication) the experiment asks for.
   */
  public CellReplay cells() {
    List<MutableLongObjectMap<CellFile.Cell>> byShard = new ArrayList<>();
    long stored = 0;
    for (Path folder : folders) {
      try {
        MutableLongObjectMap<CellFile.Cell> cells = CellFile.read(folder);
        byShard.add(cells);
        stored += cells.size();
      } catch (IOException e) {
        throw new InvalidInputException(
            folder.resolve(CellFile.FILE) + ": cannot be read (" + e.getMessage() + ")");
      }
    }
    return new CellReplay(byShard, folders, stored);
  }

  /** A {@link CellMode.CellSource} over the shards' cells that knows which ones were used. */
  public static final class CellReplay implements CellMode.CellSource {
    private final List<MutableLongObjectMap<CellFile.Cell>> byShard;
    private final List<Path> folders;
    private final long stored;
    private long used;

    CellReplay(List<MutableLongObjectMap<CellFile.Cell>> byShard, List<Path> folders, long stored) {
      this.byShard = byShard;
      this.folders = folders;
      this.stored = stored;
    }

    @Override
    public double[] metricValues(long cellNumber, long variant, int replication) {
      int shard = (int) (cellNumber % byShard.size());
      CellFile.Cell cell = byShard.get(shard).get(cellNumber);
      if (cell == null) {
        throw new InvalidInputException(
            "cell #"
                + cellNumber
                + " (variant "
                + variant
                + ", replication "
                + replication
                + ") is not in "
                + folders.get(shard)
                + ", the shard that owns it: the partials were not written by this experiment");
      }
      if (cell.variant() != variant || cell.replication() != replication) {
        throw new InvalidInputException(
            folders.get(shard)
                + ": cell #"
                + cellNumber
                + " is variant "
                + cell.variant()
                + ", replication "
                + cell.replication()
                + ", where the experiment asks for variant "
                + variant
                + ", replication "
                + replication
                + ": the partials were not written by this experiment");
      }
      used++;
      return cell.values();
    }

    /** Checks that the experiment asked for every stored cell. */
    public void checkAllUsed() {
      if (used != stored) {
        throw new InvalidInputException(
            "the partials hold "
                + stored
                + " cells but the experiment used "
                + used
                + ": they were not written by this experiment");
      }
    }
  }
}
