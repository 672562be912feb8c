package dk.almenmonitor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Danish texts: {@code messages_da.properties} for the modules that were there first, plus one
 * {@code i18n/<module>/messages_da.properties} per module that keeps its texts beside itself, found on the class
 * path, so a new module adds its texts without editing a shared file. Replaces Boot's message source, with its
 * settings: UTF-8, no fallback to the system locale.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

    static final String MODULE_PATTERN = "classpath*:i18n/*/messages_da.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static List<String> basenames() throws IOException {
        TreeSet<String> modules = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODULE_PATTERN)) {
            String url = resource.getURL().toString();
            String folder = url.substring(0, url.lastIndexOf('/'));
            modules.add(folder.substring(folder.lastIndexOf('/') + 1));
        }
        List<String> basenames = new ArrayList<>();
        basenames.add("messages");
        modules.forEach(module -> basenames.add("i18n/" + module + "/messages"));
        return basenames;
    }
}
