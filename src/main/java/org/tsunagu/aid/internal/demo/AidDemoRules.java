package org.tsunagu.aid.internal.demo;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.aid.internal.programme.ProgrammeInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput.MenuItemInput;
import org.tsunagu.aid.internal.programme.ProgrammeInput.RateInput;

/**
 * The demo town's two programmes' rules, from domain-facts: the 社協's hourly fees (750円 weekdays
 * 6–22時, 960円 otherwise; supporters 600円/800円) with time credits optional, and the co-op's
 * (800円/1,000円; supporters 700円/900円 and 100円 a visit) without.
 */
final class AidDemoRules {

  private AidDemoRules() {}

  static ProgrammeInput shakyo() {
    return new ProgrammeInput(
        "ふれあいサービス（住民参加型在宅福祉サービス）",
        1000,
        4,
        60,
        30,
        240,
        "06:00",
        "22:00",
        "12-29",
        "01-03",
        1,
        60,
        true,
        0,
        "OPTIONAL",
        List.of("SELF", "SPOUSE", "PARENT", "CHILD"),
        false,
        false,
        "KEEP",
        "FAMILY",
        0,
        rates(750, 600, 960, 800),
        menu(
            new MenuItemInput("OUTING", "通院・外出付き添い", true),
            new MenuItemInput("GRASS", "草取り", false)));
  }

  static ProgrammeInput coop() {
    return new ProgrammeInput(
        "くらしの助け合いの会",
        1200,
        4,
        60,
        30,
        240,
        "09:00",
        "18:00",
        "12-29",
        "01-03",
        1,
        60,
        true,
        100,
        "NONE",
        List.of("SELF"),
        false,
        false,
        "KEEP",
        "FORFEIT",
        0,
        rates(800, 700, 1000, 900),
        menu(new MenuItemInput("HOUSESIT", "留守番", false)));
  }

  /** Weekday fees, and the same higher fee out of hours, at weekends and holidays, at year end. */
  private static List<RateInput> rates(int weekday, int weekdayPay, int other, int otherPay) {
    return List.of(
        new RateInput("WEEKDAY", weekday, weekdayPay),
        new RateInput("OUT_OF_HOURS", other, otherPay),
        new RateInput("WEEKEND_HOLIDAY", other, otherPay),
        new RateInput("YEAR_END", other, otherPay));
  }

  /** The everyday services both schemes offer, then the scheme's own. */
  private static List<MenuItemInput> menu(MenuItemInput... own) {
    List<MenuItemInput> menu =
        new ArrayList<>(
            List.of(
                new MenuItemInput("SHOPPING", "買い物", false),
                new MenuItemInput("CLEANING", "掃除", false),
                new MenuItemInput("COOKING", "調理", false),
                new MenuItemInput("GARBAGE", "ゴミ出し", false),
                new MenuItemInput("TALK", "話し相手", false)));
    menu.addAll(List.of(own));
    return menu;
  }
}
