package org.tsunagu.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks every write's {@link WritePermission} before its arguments are read. */
@Configuration
class WritePermissionConfig implements WebMvcConfigurer {

  private final WritePermissionInterceptor interceptor;

  WritePermissionConfig(WritePermissionInterceptor interceptor) {
    this.interceptor = interceptor;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(interceptor);
  }
}
