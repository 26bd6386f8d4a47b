package de.vitako.dashboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Vitako statistics dashboard: published figures as pages, charts, exports and an API, and the team's area to
 * prepare and publish them.
 */
@SpringBootApplication
@EnableScheduling
public class DashboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(DashboardApplication.class, args);
	}

}
