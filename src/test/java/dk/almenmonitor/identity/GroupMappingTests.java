package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Issue 9, finding 10: an OIDC group cannot make an editor act for the municipality as a whole. */
class GroupMappingTests {

    @Test
    void anEditorMappedToKkIsRefusedAtStartUp() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GroupMapping(Map.of("KK-Alle", "EDITOR:KK")))
                .withMessageContaining("almen.oidc.group-mapping.KK-Alle").withMessageContaining("EDITOR");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GroupMapping(Map.of("KK-Blandet", "EDITOR:TMF,kk")));
    }

    @Test
    void editorsOfAdministrationsAndAdminsAreMappedAsBefore() {
        GroupMapping mapping = new GroupMapping(Map.of("KK-TMF", "EDITOR:TMF", "KK-Sek", "ADMIN", "KK-Laes", "READER:KK"));
        assertThat(mapping.resolve(List.of("KK-TMF"))).hasValue(new GroupMapping.Grant(Role.EDITOR, Set.of("TMF")));
        assertThat(mapping.resolve(List.of("KK-Sek"))).hasValue(new GroupMapping.Grant(Role.ADMIN, Set.of()));
    }
}
