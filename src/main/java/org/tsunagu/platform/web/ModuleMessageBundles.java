package org.tsunagu.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Adds every module's message bundle to the application's message source, found by convention
 * rather than named: a module ships {@code messages-<module>.properties} (and {@code
 * messages-<module>_en.properties}) at the root of the classpath. The platform's own bundle is
 * {@code messages} ({@code spring.messages.basename}).
 */
@Component
public class ModuleMessageBundles implements BeanPostProcessor {

  private static final String PATTERN = "classpath*:messages-*.properties";

  /** The module bundles' basenames on the classpath, e.g. {@code messages-consultation}. */
  public static List<String> basenames() {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(PATTERN);
      return Arrays.stream(found)
          .map(Resource::getFilename)
          .filter(Objects::nonNull)
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          // messages-consultation_en is the English of messages-consultation.
          .map(name -> name.replaceFirst("_[a-z]{2}(_[A-Z]{2})?$", ""))
          .distinct()
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource s) {
      s.addBasenames(basenames().toArray(String[]::new));
    }
    return bean;
  }
}
