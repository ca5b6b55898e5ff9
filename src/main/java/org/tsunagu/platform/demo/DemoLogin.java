package org.tsunagu.platform.demo;

/** A login of the demo town, for the README and for trying each role. */
public record DemoLogin(String username, String role, String organization, String whatToTry) {

  /** The password of every demo login, and of every login of the city-scale set. */
  public static final String PASSWORD = "tsunagu-demo";
}
