package vn.plancycle.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration
public class WebConfig implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The cookie that keeps the person's choice (pages, the Camunda webapps' config.js, the REST roots). */
    public static final String LANGUAGE_COOKIE = "PLANCYCLE_LANG";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // not HttpOnly: the Camunda webapps' config.js reads (and ?lang= there writes) the same choice
        resolver.setCookieHttpOnly(false);
        return resolver;
    }

    /** Before every filter of the REST roots that answers in words (orders 101–105). */
    @Bean
    FilterRegistrationBean<RestLanguageFilter> restLanguage(LocaleResolver localeResolver) {
        FilterRegistrationBean<RestLanguageFilter> registration =
                new FilterRegistrationBean<>(new RestLanguageFilter(localeResolver));
        registration.setName("plancycle-rest-language");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(100);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }
}
