package org.tsunagu.consultation.internal.demo;

import static org.tsunagu.consultation.internal.demo.DemoScene.COOP;
import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_NORTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.HOUKATSU_SOUTH;
import static org.tsunagu.consultation.internal.demo.DemoScene.SALON;
import static org.tsunagu.consultation.internal.demo.DemoScene.SELF_RELIANCE;
import static org.tsunagu.consultation.internal.demo.DemoScene.SHAKYO;

import java.time.Instant;
import org.tsunagu.consultation.internal.window.WindowOpening;
import org.tsunagu.platform.demo.DemoActor;

/**
 * The demo town's windows, opened by the administrator a year before: the 社協's counter and phone
 * line, each 包括's and the 自立相談's counter, and the salons and the co-op's café flying the
 * 「地域の福祉相談窓口」 flag, which pass what they take in on to the 社協.
 */
final class DemoWindows {

  private static final String FLAG = "地域の福祉相談窓口";

  private final DemoScene scene;
  private final DemoActor actor;
  private final WindowOpening windowOpening;

  DemoWindows(DemoScene scene, DemoActor actor, WindowOpening windowOpening) {
    this.scene = scene;
    this.actor = actor;
    this.windowOpening = windowOpening;
  }

  void open() {
    Instant at = scene.at(400, 9, 0);
    open(at, "shakyo-counter", "総合相談窓口", "OFFICE", SHAKYO, null, "古河市社会福祉協議会 1階");
    open(at, "shakyo-phone", "電話相談", "PHONE", SHAKYO, null, null);
    open(at, "north-counter", "相談窓口", "OFFICE", HOUKATSU_NORTH, null, "センター事務所");
    open(at, "south-counter", "相談窓口", "OFFICE", HOUKATSU_SOUTH, null, "センター事務所");
    open(at, "jiritsu-counter", "相談窓口", "OFFICE", SELF_RELIANCE, null, "市役所 1階");
    open(at, "salon-asahi", FLAG, "SALON", SALON, "旭町一丁目", "旭町集会所");
    open(at, "salon-keyaki", FLAG, "SALON", "けやき平いきいきサロン", "けやき平一丁目", "けやき平集会所");
    open(at, "salon-misugi", FLAG, "SALON", "三杉町おしゃべりサロン", "三杉町一丁目", "三杉町公民館");
    open(at, "coop-cafe", "コープカフェ古河", "SALON", COOP, null, "こが生協 店舗2階");
  }

  /** A window run by {@code org}; the 社協 receives what salons take in, others their own. */
  private void open(
      Instant at, String key, String name, String kind, String org, String town, String place) {
    String receiver = kind.equals("SALON") ? SHAKYO : org;
    WindowOpening.WindowInput in =
        new WindowOpening.WindowInput(
            name,
            kind,
            scene.org(org),
            scene.org(receiver),
            town == null ? null : scene.area(town),
            place);
    scene.window(key, actor.at(at, "admin", user -> windowOpening.create(user, in)));
  }
}
