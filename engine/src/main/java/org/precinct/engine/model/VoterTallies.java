package org.precinct.engine.model;

/**
 * The voter-side and parity tallies of one replication: by benign stream (questions asked, refused,
 * answered inaccurately, false flags, wrongful enforcements), by question category, and by campaign
 * (harmful requests and their refusals), from which the outcome builder reads rates by side.
 */
final class VoterTallies {
  final double[] streamRequests;
  final double[] streamQuestions;
  final long[] streamRefused;
  final long[] streamInaccurate;
  final long[] streamFlags;
  final long[] streamWrongful;
  final double[] questionAsked;
  final long[] questionRefused;
  final long[] questionInaccurate;
  final long[] campaignHarmful;
  final long[] campaignRefused;

  VoterTallies(int campaigns, int streams, int questions) {
    streamRequests = new double[streams];
    streamQuestions = new double[streams];
    streamRefused = new long[streams];
    streamInaccurate = new long[streams];
    streamFlags = new long[streams];
    streamWrongful = new long[streams];
    questionAsked = new double[questions];
    questionRefused = new long[questions];
    questionInaccurate = new long[questions];
    campaignHarmful = new long[campaigns];
    campaignRefused = new long[campaigns];
  }

  void onAsked(int stream, int question, double expected) {
    streamQuestions[stream] += expected;
    questionAsked[question] += expected;
  }

  void onOutcomes(int stream, int question, long inaccurate, long refused) {
    streamRefused[stream] += refused;
    streamInaccurate[stream] += inaccurate;
    questionRefused[question] += refused;
    questionInaccurate[question] += inaccurate;
  }

  /** Zeroes every tally (warm-up deletion). */
  void reset() {
    for (double[] a : new double[][] {streamRequests, streamQuestions, questionAsked}) {
      java.util.Arrays.fill(a, 0.0);
    }
    for (long[] a :
        new long[][] {
          streamRefused,
          streamInaccurate,
          streamFlags,
          streamWrongful,
          questionRefused,
          questionInaccurate,
          campaignHarmful,
          campaignRefused
        }) {
      java.util.Arrays.fill(a, 0L);
    }
  }
}
