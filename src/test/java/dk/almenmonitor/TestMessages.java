package dk.almenmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dk.almenmonitor.shared.DanishFormat;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's Danish messages for unit tests without a Spring context, set up as {@code web.ModuleMessages}
 * does: {@code messages_da.properties} plus each {@code i18n/<module>/messages_da.properties}.
 */
public final class TestMessages {

    private static final MessageSource SOURCE = source();

    private TestMessages() {
    }

    public static MessageSource source() {
        if (SOURCE != null) {
            return SOURCE;
        }
        List<String> basenames = new ArrayList<>(List.of("messages"));
        try {
            TreeSet<String> modules = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages_da.properties")) {
                String url = r.getURL().toString();
                String folder = url.substring(0, url.lastIndexOf('/'));
                modules.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
            modules.forEach(m -> basenames.add("i18n/" + m + "/messages"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The Danish text of a message key with its arguments. */
    public static String text(String key, Object... args) {
        return SOURCE.getMessage(key, args, DanishFormat.DANISH);
    }
}
