package dk.almenmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AlmenmonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(AlmenmonitorApplication.class, args);
    }
}
