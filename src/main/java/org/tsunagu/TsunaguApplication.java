package org.tsunagu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TsunaguApplication {
  public static void main(String[] args) {
    SpringApplication.run(TsunaguApplication.class, args);
  }
}
