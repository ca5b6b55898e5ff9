package org.tsunagu.people.internal.person;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tsunagu.people.internal.address.PostcodeDirectory;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.platform.text.JapaneseDateFormatException;
import org.tsunagu.platform.text.JapaneseDates;
import org.tsunagu.platform.text.JapaneseText;
import org.tsunagu.platform.web.DisplayFormats;
import org.tsunagu.platform.web.Problems;

/** The rules a person's input must pass, one small rule each, and the normalisation after. */
@Component
public class PersonRules {

  static final int NAME_MAX = 40;
  static final int ADDRESS_MAX = 200;
  private static final Pattern MARKUP =
      Pattern.compile("[<>\"`{}\\\\]|&#|javascript:", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern PHONE = Pattern.compile("[0-9０-９\\-－ー‐() （）+]{10,20}");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private final Areas areas;
  private final List<PersonRule> rules;

  PersonRules(Areas areas) {
    this.areas = areas;
    this.rules =
        List.of(
            required("familyName", PersonInput::familyName),
            required("givenName", PersonInput::givenName),
            required("familyKana", PersonInput::familyKana),
            required("givenKana", PersonInput::givenKana),
            plainText("familyName", PersonInput::familyName, NAME_MAX),
            plainText("givenName", PersonInput::givenName, NAME_MAX),
            plainText("addressLine", PersonInput::addressLine, ADDRESS_MAX),
            plainText("notes", PersonInput::notes, 2000),
            plainText("householdReference", PersonInput::householdReference, 40),
            kana("familyKana", PersonInput::familyKana),
            kana("givenKana", PersonInput::givenKana),
            this::birthDate,
            this::sex,
            this::postcode,
            this::phone,
            this::area);
  }

  /** Validates and normalises; throws FieldErrorsException listing every problem. */
  public ValidPerson validate(PersonInput in) {
    Problems problems = new Problems();
    check(in, problems);
    problems.throwIfAny();
    return normalise(in);
  }

  public void check(PersonInput in, Problems problems) {
    rules.forEach(r -> r.check(in, problems));
  }

  /** Normalises an input that {@link #check} found without problems. */
  public ValidPerson normaliseChecked(PersonInput in) {
    return normalise(in);
  }

  ValidPerson normalise(PersonInput in) {
    String postcode = PostcodeDirectory.normalise(in.postcode());
    return new ValidPerson(
        in.familyName().strip(),
        in.givenName().strip(),
        JapaneseText.toKatakana(in.familyKana()),
        JapaneseText.toKatakana(in.givenKana()),
        blank(in.birthDate()) ? null : JapaneseDates.parse(in.birthDate()),
        Sex.parse(in.sex()).orElseThrow(),
        postcode,
        trimToNull(in.prefecture()),
        trimToNull(in.municipality()),
        trimToNull(in.addressLine()),
        resolveArea(in),
        trimToNull(in.phone()),
        trimToNull(in.householdReference()),
        in.livingAlone(),
        in.needsSupport(),
        trimToNull(in.notes()));
  }

  private Long resolveArea(PersonInput in) {
    if (in.areaId() != null) {
      return in.areaId();
    }
    if (!blank(in.areaName())) {
      return areas.findByName(in.areaName().strip()).orElse(null);
    }
    return null;
  }

  private static PersonRule required(
      String field, java.util.function.Function<PersonInput, String> get) {
    return (in, p) -> {
      if (blank(get.apply(in))) {
        p.add(field, "validation.required");
      }
    };
  }

  private static PersonRule plainText(
      String field, java.util.function.Function<PersonInput, String> get, int max) {
    return (in, p) -> {
      String v = get.apply(in);
      if (v == null) {
        return;
      }
      if (MARKUP.matcher(v).find()
          || CONTROL.matcher(v.replace("\n", "").replace("\r", "")).find()) {
        p.add(field, "validation.noMarkup");
      } else if (v.strip().length() > max) {
        p.add(field, "validation.tooLong", max);
      }
    };
  }

  private static PersonRule kana(
      String field, java.util.function.Function<PersonInput, String> get) {
    return (in, p) -> {
      String v = get.apply(in);
      if (!blank(v) && !JapaneseText.isValidKanaName(v)) {
        p.add(field, "validation.kana");
      } else if (!blank(v) && v.strip().length() > NAME_MAX) {
        p.add(field, "validation.tooLong", NAME_MAX);
      }
    };
  }

  private void birthDate(PersonInput in, Problems p) {
    if (blank(in.birthDate())) {
      return;
    }
    try {
      LocalDate d = JapaneseDates.parse(in.birthDate());
      LocalDate today = LocalDate.now(DisplayFormats.TOKYO);
      if (d.isAfter(today)) {
        p.add("birthDate", "validation.birthDate.future");
      } else if (d.isBefore(EARLIEST_BIRTH)) {
        p.add("birthDate", "validation.birthDate.tooEarly");
      }
    } catch (JapaneseDateFormatException e) {
      p.add("birthDate", "validation.date." + e.reason().name());
    }
  }

  private void sex(PersonInput in, Problems p) {
    if (Sex.parse(in.sex()).isEmpty()) {
      p.add("sex", "validation.sex");
    }
  }

  private void postcode(PersonInput in, Problems p) {
    if (!blank(in.postcode()) && !PostcodeDirectory.isWellFormed(in.postcode())) {
      p.add("postcode", "validation.postcode");
    }
  }

  private void phone(PersonInput in, Problems p) {
    if (!blank(in.phone()) && !PHONE.matcher(in.phone().strip()).matches()) {
      p.add("phone", "validation.phone");
    }
  }

  private void area(PersonInput in, Problems p) {
    if (in.areaId() != null && !areas.exists(in.areaId())) {
      p.add("areaId", "validation.area.unknown");
    } else if (in.areaId() == null && !blank(in.areaName())) {
      if (areas.findByName(in.areaName().strip()).isEmpty()) {
        p.add("areaName", "validation.area.unknownName", in.areaName().strip());
      }
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimToNull(String s) {
    return blank(s) ? null : s.strip();
  }
}
