/**
 * {@code precinct play}: the facilitator console of a tabletop exercise, the player and controller
 * views, the decisions file that replays a session, the events list (MSEL) as CSV, and the
 * after-action report.
 *
 * <p>What players see is rendered by {@link org.precinct.cli.play.PlayerView} from the situation so
 * far, the injects already made and the question alone: it never receives the options' forked
 * outcomes, the expected outcomes or the injects still to come, so it cannot leak them. {@link
 * org.precinct.cli.play.ControllerView} renders the controller material.
 */
package org.precinct.cli.play;
