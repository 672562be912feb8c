package dk.almenmonitor.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The full application with MockMvc (security filters included); one shared context for the identity tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(ForbiddenProbeController.class)
@interface IdentityWebTest {

    /** Set in src/test/resources/config/application.properties. */
    String DEMO_PASSWORD = "demo-test-password";
}
