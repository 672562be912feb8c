package dk.almenmonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPasswordTests {

    @TempDir
    Path dataDir;

    @Test
    void configuredPasswordWinsAndWritesNoFile() {
        DemoPassword.Resolved resolved = new DemoPassword("from-env", dataDir.toString()).resolve();

        assertThat(resolved.password()).isEqualTo("from-env");
        assertThat(resolved.generated()).isFalse();
        assertThat(dataDir.resolve(DemoPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void generatedPasswordIsReusedOnLaterStarts() {
        DemoPassword.Resolved first = new DemoPassword("", dataDir.toString()).resolve();
        DemoPassword.Resolved second = new DemoPassword("", dataDir.toString()).resolve();

        assertThat(first.generated()).isTrue();
        assertThat(second.generated()).isFalse();
        assertThat(second.password()).isEqualTo(first.password());
        assertThat(first.password()).hasSize(24).matches("[A-Za-z2-9]+");
    }

    @Test
    void separateDataDirsGetDifferentPasswords(@TempDir Path other) {
        String a = new DemoPassword("", dataDir.toString()).resolve().password();
        String b = new DemoPassword("", other.toString()).resolve().password();

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void fileWithoutPasswordLineIsReplaced() throws Exception {
        Files.writeString(dataDir.resolve(DemoPassword.FILE_NAME), "# emptied by hand\n");

        DemoPassword.Resolved resolved = new DemoPassword(null, dataDir.toString()).resolve();

        assertThat(resolved.generated()).isTrue();
        assertThat(Files.readString(dataDir.resolve(DemoPassword.FILE_NAME))).contains("password=" + resolved.password());
    }

    @Test
    void toStringDoesNotRevealThePassword() {
        assertThat(new DemoPassword.Resolved("s3cret-value", false).toString()).doesNotContain("s3cret-value");
    }
}
