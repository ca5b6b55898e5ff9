package org.tsunagu.platform.web;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Streamed downloads (exports, PDFs written as they go) run on a bounded pool of their own: without
 * it Spring starts a new thread for every download. Beyond the pool and its queue a download is
 * refused with 503 "busy, try again" rather than taking the node's memory and database connections.
 * Not a bean: the application's other executors stay as they are.
 */
@Configuration
class DownloadThreads implements WebMvcConfigurer, DisposableBean {

  private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

  DownloadThreads(
      @Value("${tsunagu.downloads.threads:8}") int threads,
      @Value("${tsunagu.downloads.queue:16}") int queue) {
    pool.setCorePoolSize(threads);
    pool.setMaxPoolSize(threads);
    pool.setQueueCapacity(queue);
    pool.setThreadNamePrefix("download-");
    pool.setDaemon(true);
    pool.initialize();
  }

  @Override
  public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
    configurer.setTaskExecutor(pool);
  }

  @Override
  public void destroy() {
    pool.shutdown();
  }
}
