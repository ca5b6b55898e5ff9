package org.tsunagu.platform.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/** {@code java -jar tsunagu.jar audit-verify}: seals what is pending, checks the chain, exits. */
@Component
class AuditVerifyCommand implements ApplicationRunner {

  static final String COMMAND = "audit-verify";

  private final AuditSealer sealer;
  private final AuditVerifier verifier;
  private final ConfigurableApplicationContext context;

  AuditVerifyCommand(
      AuditSealer sealer, AuditVerifier verifier, ConfigurableApplicationContext context) {
    this.sealer = sealer;
    this.verifier = verifier;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.getNonOptionArgs().contains(COMMAND)) {
      return;
    }
    sealer.sealScheduled();
    AuditVerifier.Result r = verifier.verify();
    System.out.printf(
        "audit chain %s: %d seals, %d entries checked, %d not yet sealed%s%n",
        r.intact() ? "intact" : "BROKEN",
        r.sealsChecked(),
        r.entriesChecked(),
        r.unsealed(),
        r.intact() ? "" : ", first broken seal " + r.brokenSealId());
    int code = r.intact() ? 0 : 2;
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
