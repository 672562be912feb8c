package dk.almenmonitor.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.css.extend.StylesheetFactory;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import org.springframework.core.io.ClassPathResource;

/**
 * openhtmltopdf's XHTML handling with our own small user-agent style sheet ({@code templates/report/print-ua.css}) in
 * place of its general one, parsed once. One instance serves every render: the handler holds no per-document state.
 */
final class PrintNamespaceHandler extends XhtmlNamespaceHandler {

    private static final String STYLE_SHEET = "templates/report/print-ua.css";

    private volatile StylesheetInfo userAgentSheet;

    @Override
    public StylesheetInfo getDefaultStylesheet(StylesheetFactory factory) {
        StylesheetInfo sheet = userAgentSheet;
        if (sheet == null) { // two renders racing here both parse the same file; either result is right
            sheet = parse(factory);
            userAgentSheet = sheet;
        }
        return sheet;
    }

    private static StylesheetInfo parse(StylesheetFactory factory) {
        StylesheetInfo info = new StylesheetInfo();
        info.setUri(STYLE_SHEET);
        info.setOrigin(StylesheetInfo.USER_AGENT);
        info.setMedia("all");
        info.setType("text/css");
        try (Reader css = new InputStreamReader(new ClassPathResource(STYLE_SHEET).getInputStream(),
                StandardCharsets.UTF_8)) {
            info.setStylesheet(factory.parse(css, info));
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + STYLE_SHEET, e);
        }
        return info;
    }
}
