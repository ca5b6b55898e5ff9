package org.tsunagu.people.internal.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.tsunagu.people.internal.address.PostcodeDirectory;
import org.tsunagu.people.internal.person.PersonRules;
import org.tsunagu.people.internal.person.ValidPerson;
import org.tsunagu.platform.imports.ColumnMapping;
import org.tsunagu.platform.imports.CsvDecoding;
import org.tsunagu.platform.imports.ImportProblem;
import org.tsunagu.platform.imports.ImportTable;
import org.tsunagu.platform.web.Problems;

/**
 * Checks every mapped row of an import file against the person rules, and warns of names and
 * addresses that Windows-31J cannot hold.
 */
@Component
class PersonImportCheck {

  static final int PROGRESS_EVERY = 1000;

  private final PersonRules rules;
  private final PostcodeDirectory postcodes;

  PersonImportCheck(PersonRules rules, PostcodeDirectory postcodes) {
    this.rules = rules;
    this.postcodes = postcodes;
  }

  /**
   * The rows that pass, normalised; the others' problems go to {@code problems}, each with the
   * value the file held. {@code progress} hears every {@link #PROGRESS_EVERY} rows how many were
   * checked.
   */
  List<ValidPerson> check(
      ImportTable table,
      ColumnMapping mapping,
      List<ImportProblem> problems,
      List<ImportProblem> warnings,
      IntConsumer progress) {
    PersonRows reader = new PersonRows(postcodes);
    List<ValidPerson> valid = new ArrayList<>(table.rows().size());
    int n = 0;
    for (ColumnMapping.MappedRow mapped :
        mapping.apply(PersonImportFormat.FORMAT, table, problems)) {
      if (++n % PROGRESS_EVERY == 0) {
        progress.accept(n);
      }
      PersonRows.Row row = reader.toInput(mapped, problems);
      Problems p = new Problems();
      rules.check(row.input(), p);
      p.list()
          .forEach(
              f ->
                  problems.add(
                      new ImportProblem(
                          row.line(),
                          f.field(),
                          f.messageKey(),
                          f.args().length == 0 ? null : String.valueOf(f.args()[0]),
                          mapped.original(f.field()))));
      if (p.isEmpty()) {
        valid.add(rules.normaliseChecked(row.input()));
        if (!fitsWindows31j(row)) {
          warnings.add(
              new ImportProblem(row.line(), null, "import.warning.notWindows31j", null, null));
        }
      }
    }
    return valid;
  }

  private static boolean fitsWindows31j(PersonRows.Row row) {
    var in = row.input();
    return CsvDecoding.fitsWindows31j(in.familyName())
        && CsvDecoding.fitsWindows31j(in.givenName())
        && CsvDecoding.fitsWindows31j(in.addressLine());
  }
}
