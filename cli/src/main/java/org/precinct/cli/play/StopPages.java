package org.precinct.cli.play;

import java.util.List;
import org.precinct.engine.experiment.tabletop.DecisionStop;

/**
 * One stop as rendered for the room: the players' briefing and the controller's notes (Markdown
 * lines) and the charts written for players, relative to the output folder.
 */
record StopPages(
    DecisionStop stop, List<String> players, List<String> controller, List<String> charts) {

  StopPages {
    players = List.copyOf(players);
    controller = List.copyOf(controller);
    charts = List.copyOf(charts);
  }
}
