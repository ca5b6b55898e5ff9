package org.tsunagu.consultation.internal.demo;

import java.sql.SQLException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.demo.DemoDataContributor;
import org.tsunagu.platform.demo.DemoTownContext;

/** The consultation module's part of the demo town: windows, intakes, cases and referrals. */
@Component
@ConditionalOnProperty(name = "tsunagu.demo.enabled", havingValue = "true")
public class ConsultationDemoContributor implements DemoDataContributor {

  /** After the registry's residents, which the consultations are about. */
  static final int ORDER = 300;

  @Override
  public int order() {
    return ORDER;
  }

  @Override
  public void writeDemoTown(DemoTownContext context) throws SQLException {
    new ConsultationDemoTown(context).write();
  }
}
