package org.precinct.cli.shard;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.precinct.engine.experiment.CellMode;
import org.precinct.engine.result.Metric;

/**
 * cells.bin.gz of an experiment's partial folder: every (variant, replication) cell the shard
 * simulated, with its cell number and every metric's value, streamed as the experiment runs. These
 * per-replication values are what the experiments' paired estimates, bootstraps and Shapley sums
 * are built from, so a merge recomputes the analysis from exactly the numbers one machine would
 * have.
 */
public final class CellFile implements CellMode.CellSink, AutoCloseable {
  /** The file name inside a partial folder. */
  public static final String FILE = "cells.bin.gz";

  private static final String FORMAT = "precinct-cells/1";

  private final DataOutputStream out;
  private long written;

  private CellFile(DataOutputStream out) {
    this.out = out;
  }

  /** Starts cells.bin.gz in {@code folder}. */
  public static CellFile create(Path folder) {
    try {
      DataOutputStream out =
          new DataOutputStream(
              new BufferedOutputStream(
                  new GZIPOutputStream(Files.newOutputStream(folder.resolve(FILE)))));
      out.writeUTF(FORMAT);
      out.writeInt(Metric.values().length);
      return new CellFile(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(long cellNumber, long variant, int replication, double[] metricValues) {
    try {
      out.writeBoolean(true);
      out.writeLong(cellNumber);
      out.writeLong(variant);
      out.writeInt(replication);
      for (double v : metricValues) {
        out.writeDouble(v);
      }
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells written so far. */
  public long written() {
    return written;
  }

  @Override
  public void close() {
    try {
      out.writeBoolean(false);
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One cell read back. */
  record Cell(long variant, int replication, double[] values) {}

  /** Reads the cells of {@code folder} by cell number; damage is an IOException. */
  static MutableLongObjectMap<Cell> read(Path folder) throws IOException {
    MutableLongObjectMap<Cell> cells = new LongObjectHashMap<>();
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(folder.resolve(FILE)))))) {
      String format = in.readUTF();
      if (!FORMAT.equals(format)) {
        throw new IOException("not a " + FORMAT + " file");
      }
      int metrics = in.readInt();
      if (metrics != Metric.values().length) {
        throw new IOException(
            "written with " + metrics + " metrics, this version has " + Metric.values().length);
      }
      while (in.readBoolean()) {
        long number = in.readLong();
        long variant = in.readLong();
        int replication = in.readInt();
        double[] values = new double[metrics];
        for (int i = 0; i < metrics; i++) {
          values[i] = in.readDouble();
        }
        if (cells.put(number, new Cell(variant, replication, values)) != null) {
          throw new IOException("cell #" + number + " appears twice");
        }
      }
    } catch (EOFException e) {
      throw new IOException("the file ends early (was the shard killed while writing?)", e);
    }
    return cells;
  }
}
