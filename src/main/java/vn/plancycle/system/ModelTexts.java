package vn.plancycle.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.plancycle.web.WebConfig;

/**
 * The texts of the model checks (messages/deployment*.properties) in the language of whoever deploys:
 * the request's language, which {@link vn.plancycle.web.RestLanguageFilter} puts in {@link LocaleContextHolder} for the
 * request thread the engine deploys in; Vietnamese when no request is deploying (start-up).
 */
class ModelTexts {

    private final MessageSource messages;

    ModelTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? WebConfig.VIETNAMESE : locale;
    }
}
