package org.tsunagu.platform.jobs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Threads for long work (imports, monthly settlement): few, so a node keeps serving requests
 * meanwhile.
 */
@Configuration
class JobExecutorConfig {

  @Bean
  ThreadPoolTaskExecutor jobExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(2);
    executor.setQueueCapacity(100);
    executor.setThreadNamePrefix("job-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    executor.setDaemon(true);
    executor.initialize();
    return executor;
  }
}
