package vn.plancycle.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole-application test on the real PostgreSQL test database with the demo ministry loaded
 * (profiles postgres, demo, test), on a random port. All such tests share one Spring context.
 * Each class's process coverage is recorded ({@link ProcessCoverageSetup}, {@link ProcessCoverageGuard}) for the
 * coverage gate of {@code mvn verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo", "test"})
@Import(ProcessCoverageSetup.class)
@ExtendWith(ProcessCoverageGuard.class) // after @SpringBootTest's SpringExtension: see ProcessCoverageGuard
public @interface AppTest {
}
