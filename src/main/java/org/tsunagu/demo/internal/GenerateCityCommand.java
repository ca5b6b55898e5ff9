package org.tsunagu.demo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;
import org.tsunagu.platform.demo.CityScaleContributor;
import org.tsunagu.platform.demo.CitySize;
import org.tsunagu.platform.demo.DemoLogin;

/**
 * {@code java -jar tsunagu.jar generate-city [--tsunagu.bench.scale=0.01]}: fills the configured,
 * empty database with the city-scale set (every module's {@link CityScaleContributor}), writes the
 * benchmark tokens to var/bench-token.txt (the city 社協's {@code bench}), var/bench-token-worker.txt
 * (an agency worker of the busiest 包括) and var/bench-token-coordinator.txt (a coordinator of the
 * busiest ward 社協), the ids of up to 2,000 cases the worker's 包括 leads to
 * var/bench-cases-worker.txt, and exits.
 */
@Component
class GenerateCityCommand implements ApplicationRunner {

  static final String COMMAND = "generate-city";
  static final Path TOKEN_FILE = Path.of("var", "bench-token.txt");
  static final Path WORKER_TOKEN_FILE = Path.of("var", "bench-token-worker.txt");
  static final Path COORDINATOR_TOKEN_FILE = Path.of("var", "bench-token-coordinator.txt");
  static final Path WORKER_CASES_FILE = Path.of("var", "bench-cases-worker.txt");

  private final DataSource dataSource;
  private final ApplicationContext context;
  private final ObjectProvider<CityScaleContributor> contributors;

  GenerateCityCommand(
      DataSource dataSource,
      ApplicationContext context,
      ObjectProvider<CityScaleContributor> contributors) {
    this.dataSource = dataSource;
    this.context = context;
    this.contributors = contributors;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!args.getNonOptionArgs().contains(COMMAND)) {
      return;
    }
    List<String> scale = args.getOptionValues("tsunagu.bench.scale");
    CitySize size =
        scale == null || scale.isEmpty()
            ? CitySize.full()
            : CitySize.scaled(Double.parseDouble(scale.get(0)));
    int exitCode = generate(size);
    System.exit(SpringApplication.exit(context, () -> exitCode));
  }

  private int generate(CitySize size) throws Exception {
    System.out.println(
        "generate-city: " + size.persons() + " persons into the configured database");
    CityScaleGenerator generator =
        new CityScaleGenerator(
            dataSource,
            PasswordEncoderFactories.createDelegatingPasswordEncoder(),
            System.out::println,
            contributors.stream().toList());
    CityScaleGenerator.Result result;
    long started = System.nanoTime();
    try {
      result = generator.generate(size, LocalDate.now(DemoTown.JAPAN));
    } catch (IllegalStateException e) {
      System.err.println("generate-city refused: " + e.getMessage());
      return 1;
    }
    Files.createDirectories(TOKEN_FILE.getParent());
    Files.writeString(TOKEN_FILE, result.bench().token() + "\n");
    Files.writeString(WORKER_TOKEN_FILE, result.worker().token() + "\n");
    Files.writeString(COORDINATOR_TOKEN_FILE, result.coordinator().token() + "\n");
    Files.write(WORKER_CASES_FILE, result.workerCaseIds().stream().map(String::valueOf).toList());
    System.out.printf(
        "generate-city: finished in %.1f s; logins (password %s) %s, %s (agency worker), %s"
            + " (coordinator); API tokens written to %s, %s, %s; %d case ids to %s%n",
        (System.nanoTime() - started) / 1e9,
        DemoLogin.PASSWORD,
        result.bench().username(),
        result.worker().username(),
        result.coordinator().username(),
        TOKEN_FILE,
        WORKER_TOKEN_FILE,
        COORDINATOR_TOKEN_FILE,
        result.workerCaseIds().size(),
        WORKER_CASES_FILE);
    return 0;
  }
}
