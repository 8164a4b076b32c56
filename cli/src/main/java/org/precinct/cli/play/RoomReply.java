package org.precinct.cli.play;

/** The web room's answer to a request: an HTTP status and a sentence for the page to show. */
record RoomReply(int status, String message) {

  static RoomReply ok(String message) {
    return new RoomReply(200, message);
  }

  static RoomReply conflict(String message) {
    return new RoomReply(409, message);
  }

  static RoomReply invalid(String message) {
    return new RoomReply(400, message);
  }
}
