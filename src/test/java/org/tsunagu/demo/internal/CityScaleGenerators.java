package org.tsunagu.demo.internal;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;
import org.tsunagu.platform.demo.CityScaleContributor;

/**
 * A generator with every module's city-scale contributor, found on the class path as the
 * application finds them (they take nothing in their constructors), so a module that adds one is
 * generated here too without this file naming it.
 */
final class CityScaleGenerators {

  private CityScaleGenerators() {}

  static CityScaleGenerator of(
      DataSource dataSource, PasswordEncoder encoder, CityScaleGenerator.Progress progress) {
    return new CityScaleGenerator(dataSource, encoder, progress, contributors());
  }

  private static List<CityScaleContributor> contributors() {
    ClassPathScanningCandidateComponentProvider scan =
        new ClassPathScanningCandidateComponentProvider(false);
    scan.addIncludeFilter(new AssignableTypeFilter(CityScaleContributor.class));
    List<CityScaleContributor> found = new ArrayList<>();
    for (BeanDefinition candidate : scan.findCandidateComponents("org.tsunagu")) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      found.add((CityScaleContributor) BeanUtils.instantiateClass(type));
    }
    return found;
  }
}
