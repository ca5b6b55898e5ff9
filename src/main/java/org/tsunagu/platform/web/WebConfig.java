package org.tsunagu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Japanese by default; {@code ?lang=en} switches pages and is remembered in a cookie; the API
 * follows {@code Accept-Language}.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  static final String LOCALE_COOKIE = "tsunagu_lang";

  private final LayoutModel layout;

  WebConfig(LayoutModel layout) {
    this.layout = layout;
  }

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(LOCALE_COOKIE);
    resolver.setDefaultLocale(Locale.JAPANESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieHttpOnly(true);
    resolver.setRejectInvalidCookies(true);
    resolver.setDefaultLocaleFunction(request -> Locale.JAPANESE);
    return new ApiAwareLocaleResolver(resolver);
  }

  /** Pages: the setting's cookie or {@code ?lang=}; the API: see {@link ApiLocales}. */
  record ApiAwareLocaleResolver(CookieLocaleResolver pages) implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      return ApiLocales.isApi(request) ? ApiLocales.resolve(request) : pages.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      if (!ApiLocales.isApi(request)) {
        pages.setLocale(request, response, locale);
      }
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang);
    registry.addInterceptor(new ApiParameterCheck()).addPathPatterns("/api/**");
    registry.addInterceptor(layout).excludePathPatterns("/api/**");
  }
}
