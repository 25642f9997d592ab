package vn.plancycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlanCycleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanCycleApplication.class, args);
    }
}
