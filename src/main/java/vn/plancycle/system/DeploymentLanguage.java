package vn.plancycle.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

import vn.plancycle.web.WebConfig;

/**
 * The language a deployment request is answered in. Camunda Modeler cannot send the application's
 * language cookie, so besides the cookie ({@code PLANCYCLE_LANG}, see {@link WebConfig}) a deployment
 * also honours {@code ?lang=en|vi} on the URL and the {@code Accept-Language} header; Vietnamese
 * otherwise. The choice is made the request's locale for {@link LocaleResolver} (the refusal's text)
 * and, by the filters, the thread's {@code LocaleContextHolder} (the engine's parse, which runs in
 * the request thread, writes its findings in it).
 */
final class DeploymentLanguage {

    private static final String COOKIE = "PLANCYCLE_LANG";
    private static final List<Locale> SUPPORTED = List.of(WebConfig.VIETNAMESE, Locale.ENGLISH);

    private DeploymentLanguage() {
    }

    /** Decides the request's language and records it as the request's locale. */
    static Locale apply(HttpServletRequest request, LocaleResolver resolver) {
        Locale locale = decide(request, resolver);
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
        return locale;
    }

    private static Locale decide(HttpServletRequest request, LocaleResolver resolver) {
        Locale asked = supported(queryParameter(request, "lang"));
        if (asked != null) {
            return asked;
        }
        if (WebUtils.getCookie(request, COOKIE) != null) {
            return resolver.resolveLocale(request);
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // a header nobody can read: the default language
            }
        }
        return WebConfig.VIETNAMESE;
    }

    /** From the query string only: reading a multipart body's parameters here would consume it. */
    private static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        return query == null ? null
                : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
    }

    private static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
