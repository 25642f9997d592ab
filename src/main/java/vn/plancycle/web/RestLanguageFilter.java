package vn.plancycle.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * The language of everything the application says on Camunda's REST roots — every {@link JsonRefusal} there, and
 * the engine's own work in the request thread (a deployment's model checks write their findings in it). The
 * application's MVC language switch does not run on those roots, so it is decided here, once, for all of them:
 * {@code ?lang=en|vi} on the URL, else the {@code PLANCYCLE_LANG} cookie of a browser session ({@link WebConfig}),
 * else — on {@code /engine-rest} only, where the clients are scripts and Camunda Modeler, which cannot send the
 * cookie — the {@code Accept-Language} header; Vietnamese otherwise. The webapps' root ({@code /camunda/api/engine})
 * ignores the header, as the webapps themselves do, so Tasklist and its refusals speak the same language.
 */
public class RestLanguageFilter extends OncePerRequestFilter {

    private static final String COOKIE = WebConfig.LANGUAGE_COOKIE;
    private static final List<Locale> SUPPORTED = List.of(WebConfig.VIETNAMESE, Locale.ENGLISH);

    private final LocaleResolver resolver;

    public RestLanguageFilter(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = decide(request);
        // the request's locale for LocaleResolver (JsonRefusal), and the thread's while the engine works
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private Locale decide(HttpServletRequest request) {
        Locale asked = supported(queryParameter(request, "lang"));
        if (asked != null) {
            return asked;
        }
        if (WebUtils.getCookie(request, COOKIE) != null) {
            return resolver.resolveLocale(request);
        }
        String accept = request.getHeader("Accept-Language");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/") && accept != null
                && !accept.isBlank()) {
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
