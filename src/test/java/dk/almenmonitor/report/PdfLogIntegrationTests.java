package dk.almenmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, step 9: every PDF render logged PDFBox's "Using fallback font LiberationSans for base font ZapfDingbats"
 * (and Symbol) as a warning, filling the log. Nothing in our PDFs uses those standard fonts (every font is embedded,
 * see {@link Bilag1DocumentsIntegrationTests}), so the warning is silenced; the documents still render.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest
@AutoConfigureMockMvc
class PdfLogIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void renderingPdfsLogsNoFallbackFontWarnings(CapturedOutput output) throws Exception {
        for (String document : new String[] {"bilag1.pdf", "redegoerelse.pdf", "bilag1.pdf"}) {
            byte[] pdf = mvc.perform(get("/reports/kk-bl1-2015-2018/2017-Q1/" + document)
                            .with(user("laeser").roles("READER")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).as(document).isEqualTo("%PDF-");
        }
        assertThat(output.getAll()).doesNotContain("Using fallback font").doesNotContain("o.a.pdfbox");
    }
}
