package dk.almenmonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** No almen.demo.password: the application generates one, stores it in the data dir and never logs it. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = "almen.demo.password=")
@AutoConfigureMockMvc
class GeneratedDemoPasswordIntegrationTests {

    /** The demo password the other tests get from src/test/resources/config/application.properties. */
    private static final String CONFIGURED_PASSWORD = "demo-test-password";

    static final Path DATA_DIR = newTempDir();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("almen.data-dir", DATA_DIR::toString);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void generatedPasswordIsWrittenToTheDataDirWorksAndIsNeverLogged(CapturedOutput output) throws Exception {
        Path file = DATA_DIR.resolve("demo-credentials.txt");
        assertThat(file).isRegularFile();
        String password = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("password="))
                .map(line -> line.substring("password=".length()))
                .findFirst().orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(CONFIGURED_PASSWORD);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }

        mvc.perform(get("/api/v1/me").with(httpBasic("bl1", password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations[0]").value("BL1"));
        mvc.perform(get("/api/v1/me").with(httpBasic("bl1", CONFIGURED_PASSWORD)))
                .andExpect(status().isUnauthorized());

        // the start-up log was captured (it names the file) but does not contain the password
        assertThat(output.getAll()).contains(file.toString());
        assertThat(output.getAll()).doesNotContain(password);
    }

    private static Path newTempDir() {
        try {
            return Files.createTempDirectory("almen-demo-password");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
