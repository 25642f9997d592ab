package vn.plancycle.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyResultImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * With Camunda's password policy on (production), a weak initial password becomes a message in
 * the user's language naming every rule it breaks; a strong one passes. (The shared test context
 * runs the demo profile, whose policy is off, so the engine's policy is driven directly here.)
 */
class PasswordWeaknessTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final PersonService people;

    PasswordWeaknessTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/organization");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        PasswordPolicy policy = new DefaultPasswordPolicyImpl();
        when(identity.getPasswordPolicy()).thenReturn(policy);
        when(identity.checkPasswordAgainstPolicy(any(PasswordPolicy.class), anyString(), any(User.class)))
                .thenAnswer(call -> {
                    List<PasswordPolicyRule> violated = new ArrayList<>();
                    List<PasswordPolicyRule> fulfilled = new ArrayList<>();
                    for (PasswordPolicyRule rule : policy.getRules()) {
                        (rule.execute(call.getArgument(1), call.getArgument(2)) ? fulfilled : violated).add(rule);
                    }
                    return new PasswordPolicyResultImpl(violated, fulfilled);
                });
        people = new PersonService(null, null, identity, null, messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static User user() {
        UserEntity user = new UserEntity("nguyen.van.an");
        user.setFirstName("Nguyễn Văn");
        user.setLastName("An");
        return user;
    }

    @Test
    void aWeakPasswordIsExplainedInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        String weakness = people.passwordWeakness(user(), "demo");
        assertThat(weakness).contains("ít nhất 10 ký tự").contains("chữ hoa").contains("chữ số")
                .contains("ký tự đặc biệt");
    }

    @Test
    void andInEnglish() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(people.passwordWeakness(user(), "demo")).contains("at least 10 characters");
    }

    @Test
    void aStrongPasswordPasses() {
        assertThat(people.passwordWeakness(user(), "Qu4-Mat-Khau!2026")).isNull();
        // the user's own name is refused (the given name "An" is inside)
        assertThat(people.passwordWeakness(user(), "Kh0ng-d0An-duoc!2026")).isNotNull();
    }

    @Test
    void theFullNameSplitsIntoCamundasFirstAndLastName() {
        assertThat(PersonService.splitName("  Nguyễn   Văn An ")).containsExactly("Nguyễn Văn", "An");
        assertThat(PersonService.splitName("An")).containsExactly("An", "");
    }
}
