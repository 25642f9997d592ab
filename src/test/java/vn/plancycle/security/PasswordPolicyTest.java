package vn.plancycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile (postgres, no demo) keeps Camunda's password policy on and creates no
 * demo logins. A context of its own, with an engine name of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.process-engine-name=production-check", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"postgres", "test"})
class PasswordPolicyTest {

    @Autowired
    IdentityService identityService;

    @Test
    void aWeakPasswordIsRefused() {
        User user = identityService.newUser("weak-password-user");
        user.setPassword("demo");
        assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class);
        assertThat(identityService.createUserQuery().userId("weak-password-user").count()).isZero();
        assertThat(identityService.getPasswordPolicy()).isNotNull();
    }

    @Test
    void aStrongPasswordIsAccepted() {
        User user = identityService.newUser("strong-password-user");
        user.setPassword("Kh0ng-d0an-duoc!2026");
        identityService.saveUser(user);
        assertThat(identityService.checkPassword("strong-password-user", "Kh0ng-d0an-duoc!2026")).isTrue();
    }
}
