package org.tsunagu.consultation.internal.demo.city;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.people.SupportDomain;

/**
 * Short Japanese texts for generated consultations: case titles and the person's own words by
 * domain, timeline entries, plans, answers to referrals. None names or identifies anyone.
 */
final class ConsultationPhrases {

  private ConsultationPhrases() {}

  static final Map<SupportDomain, List<String>> TITLES = new EnumMap<>(SupportDomain.class);
  static final Map<SupportDomain, List<String>> OWN_WORDS = new EnumMap<>(SupportDomain.class);

  static {
    put(
        SupportDomain.ELDERLY_CARE,
        List.of(
            "一人暮らし高齢者の介護サービス利用", "認知症が疑われる高齢者の見守り", "退院後の在宅生活の支援", "高齢夫婦の老老介護の負担", "介護保険の申請の相談"),
        List.of(
            "最近物忘れが増えて、一人で暮らすのが不安です", "退院してから家事ができなくなりました", "夫の介護で私が倒れそうです", "介護保険の使い方がわかりません"));
    put(
        SupportDomain.POVERTY_DEBT,
        List.of("生活費の不足と多重債務", "家賃の滞納が続いている", "失業による生活困窮", "公共料金の滞納", "年金だけでは生活が苦しい"),
        List.of("今月の家賃が払えそうにありません", "借金の返済のためにまた借りてしまいます", "電気を止めると言われました", "年金だけでは食費が足りません"));
    put(
        SupportDomain.DISABILITY,
        List.of("障害のある子の将来の不安", "精神障害のある方の生活支援", "障害福祉サービスの利用相談"),
        List.of("親が亡くなった後の子どものことが心配です", "一人で手続きをするのが難しいです", "使えるサービスを知りたいです"));
    put(
        SupportDomain.CHILD_REARING,
        List.of("ひとり親家庭の子育ての不安", "子どもの不登校の相談", "育児の孤立と負担"),
        List.of("子どもが学校に行けなくなりました", "一人で子育てをしていて相談相手がいません", "仕事と子育ての両立が限界です"));
    put(
        SupportDomain.HOUSING,
        List.of("住まいの退去を求められている", "住宅の老朽化と転居の相談", "保証人がおらず部屋を借りられない"),
        List.of("来月までに部屋を出るように言われました", "家が古くて雨漏りがします", "保証人がいなくて部屋が借りられません"));
    put(
        SupportDomain.HOARDING,
        List.of("自宅のごみ屋敷化と近隣からの苦情", "物があふれて生活空間がない", "ごみが出せず悪臭がある"),
        List.of("家の中が片付けられなくなりました", "近所からごみのことで苦情が来ます", "ごみの分別がわからず出せません"));
    put(
        SupportDomain.ADDICTION,
        List.of("家族の飲酒問題", "ギャンブルによる借金", "アルコール依存が疑われる"),
        List.of("息子がお酒を飲むと大声を出します", "パチンコがやめられずお金がなくなります", "朝からお酒を飲んでしまいます"));
    put(
        SupportDomain.ABUSE_DV,
        List.of("家族からの暴言・暴力の疑い", "高齢者虐待が疑われる世帯", "配偶者からの暴力の相談"),
        List.of("家族に怒鳴られるのがつらいです", "隣の家から毎晩怒鳴り声が聞こえます", "夫が怖くて家に帰れません"));
    put(
        SupportDomain.ISOLATION,
        List.of("地域から孤立した一人暮らし", "ひきこもりの家族の相談", "話し相手がおらず孤独"),
        List.of("誰とも話さない日が続いています", "息子が何年も部屋から出てきません", "近所に知り合いがいません"));
    put(
        SupportDomain.HEALTH,
        List.of("通院が途切れている", "体調不良だが受診を拒否", "服薬の管理ができない"),
        List.of("病院に行くお金と足がありません", "薬を飲んだかどうか忘れてしまいます", "体調が悪いのに病院に行きたがりません"));
    put(
        SupportDomain.EMPLOYMENT,
        List.of("長期離職からの就労の相談", "仕事が続かず生活が不安定", "就労訓練の希望"),
        List.of("仕事を探していますが見つかりません", "仕事が長続きしません", "少しずつ働くところから始めたいです"));
    put(
        SupportDomain.FOOD,
        List.of("食料が尽きている", "食事が十分にとれていない"),
        List.of("食べるものがあまりありません", "一日一食で過ごしています"));
    put(
        SupportDomain.OTHER,
        List.of("近所との関係に困っている", "手続きがわからず困っている"),
        List.of("役所の書類の書き方がわかりません", "誰に相談したらいいかわかりません"));
  }

  static final Map<String, List<String>> WORK_ENTRIES =
      Map.of(
          "CONTACT", List.of("本人と面談し、困りごとを聞き取った", "家族と面談し、状況を共有した"),
          "VISIT", List.of("自宅を訪問し、生活の様子を確認した", "訪問したが不在。不在連絡票を置いた", "同行訪問し、室内の状況を確認した"),
          "CALL", List.of("本人に電話し、体調を確認した", "関係機関に電話で状況を確認した", "家族に電話で経過を伝えた"),
          "OUTREACH", List.of("近所の方と一緒に声かけを行った", "民生委員と同行して訪問した"),
          "NOTE", List.of("担当者間で支援方針を確認した", "サロンで様子を見守っているとの報告あり", "地域の方から様子の報告を受けた"),
          "DECISION", List.of("支援プランを作成し、本人の同意を得た", "関係機関へつなぐことを決めた"));
  static final List<String> GOALS =
      List.of(
          "生活費の見通しを立てる",
          "安心して自宅で暮らし続ける",
          "地域とのつながりを取り戻す",
          "住まいを確保する",
          "必要な介護サービスを利用する",
          "家の中を片付け、安全に暮らす",
          "就労に向けて生活リズムを整える",
          "家族の負担を減らす");
  static final List<String> ACTIONS =
      List.of(
          "家計の状況を一緒に整理する",
          "介護保険の申請を支援する",
          "サロンへの参加を勧める",
          "片付けの日程を本人と決める",
          "債務整理の相談に同行する",
          "就労準備支援の利用を調整する",
          "見守り訪問を月2回行う",
          "食料支援を手配する",
          "医療機関の受診に同行する");
  static final List<String> REVIEWS =
      List.of("支援の進み具合を確認し、プランを継続", "状況が改善。見守りへの移行を検討", "新たな課題が判明し、プランを見直した");

  static final String SHARED_DETAILS = "本人の同意を得ています。生活の状況は面談記録のとおりです。";
  static final List<String> DECLINE_REASONS =
      List.of("OUT_OF_AREA", "NO_CAPACITY", "OUT_OF_SCOPE", "OTHER_AGENCY_FITS", "OTHER");
  static final List<String> WITHDRAW_REASONS =
      List.of("本人が支援を希望しなくなったため", "他の支援で解決したため", "転居のため", "紹介先を変更したため");
  static final List<String> SUCCESS_NOTES =
      List.of("支援につながり、定期的に利用している", "必要な手続きを終え、支援を開始した", "課題が解決したと報告を受けた");
  static final List<String> NO_CASE_REASONS =
      List.of("情報提供のみで解決", "他機関の窓口を案内", "本人が支援を希望しなかった", "継続的な支援の必要なし");
  static final List<String> CLOSED_NOTES = List.of("本人の了解を得て終結", "状況が安定したため終結", "見守りは地域の方が継続");
  static final List<String> DECISIONS =
      List.of("担当機関が月1回訪問する", "家計の見直しを自立相談支援機関が支援する", "次回の会議で経過を確認する", "緊急時の連絡体制を確認した");
  static final List<String> SALON_NAMES =
      List.of("ふれあいサロン", "いきいきサロン", "お茶のみサロン", "ひだまりサロン", "地域カフェ");
  static final List<String> FAMILY_REPORTERS = List.of("長女", "長男", "次女", "妻", "夫", "姉", "弟");
  static final List<String> UNIDENTIFIED =
      List.of("の角の家の男性", "の団地に住む高齢の女性", "の一人暮らしらしい男性", "の公園でよく見かける高齢の男性");

  /** What a referral says without identifying anyone: an age band and the case's title. */
  static String referralSummary(int age, String title) {
    String who = age >= 100 ? "100歳以上の方" : (age / 10 * 10) + "代の方";
    return who + "。「" + title + "」の件で支援をお願いします。";
  }

  private static void put(SupportDomain domain, List<String> titles, List<String> ownWords) {
    TITLES.put(domain, titles);
    OWN_WORDS.put(domain, ownWords);
  }
}
