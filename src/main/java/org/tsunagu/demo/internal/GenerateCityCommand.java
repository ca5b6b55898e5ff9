package org.tsunagu.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tsunagu.jar generate-city [--tsunagu.bench.scale=0.01]}: fills the configured,
 * empty database with the city-scale set, writes the benchmark token to var/bench-token.txt and
 * exits.
 */
@Component
class GenerateCityCommand implements ApplicationRunner {

  static final String COMMAND = "generate-city";
  static final Path TOKEN_FILE = Path.of("var", "bench-token.txt");

  private final DataSource dataSource;
  private final ApplicationContext context;

  GenerateCityCommand(DataSource dataSource, ApplicationContext context) {
    this.dataSource = dataSource;
    this.context = context;
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
            System.out::println);
    CityScaleGenerator.Result result;
    long started = System.nanoTime();
    try {
      result = generator.generate(size, LocalDate.now(DemoTown.JAPAN));
    } catch (IllegalStateException e) {
      System.err.println("generate-city refused: " + e.getMessage());
      return 1;
    }
    writeToken(result.benchToken());
    System.out.printf(
        "generate-city: finished in %.1f s; login %s / %s; API token written to %s:%n%s%n",
        (System.nanoTime() - started) / 1e9,
        CityScaleGenerator.BENCH_USER,
        org.tsunagu.demo.DemoLogin.PASSWORD,
        TOKEN_FILE.toAbsolutePath(),
        result.benchToken());
    return 0;
  }

  private static void writeToken(String token) throws IOException {
    Files.createDirectories(TOKEN_FILE.getParent());
    Files.writeString(TOKEN_FILE, token + "\n");
  }
}
