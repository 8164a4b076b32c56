package org.precinct.engine.spec;

/**
 * How an inject reaches the players, in the columns of an HSEEP master scenario events list: who it
 * comes from (often a simulated outside party), who receives it, by what method, and the controller
 * who delivers it. Every part is free text and may be empty.
 */
public record DeliverySpec(String from, String to, String method, String controller) {

  /** No delivery details given. */
  public static final DeliverySpec NONE = new DeliverySpec("", "", "", "");

  public DeliverySpec {
    Require.text(from, "delivery from");
    Require.text(to, "delivery to");
    Require.text(method, "delivery method");
    Require.text(controller, "delivery controller");
  }

  /** Whether any part is given. */
  public boolean isEmpty() {
    return from.isEmpty() && to.isEmpty() && method.isEmpty() && controller.isEmpty();
  }
}
