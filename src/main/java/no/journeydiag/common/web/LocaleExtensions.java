package no.journeydiag.common.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** {locale.languageName}: a language's name in that language, for the language switcher. */
@TemplateExtension
public class LocaleExtensions {

    private LocaleExtensions() {}

    private static final java.util.Map<String, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    static String languageName(String tag) {
        return NAMES.computeIfAbsent(tag, LocaleExtensions::nameOf); // a few tags, asked on every page
    }

    private static String nameOf(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
