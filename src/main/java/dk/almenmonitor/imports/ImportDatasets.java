package dk.almenmonitor.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dk.almenmonitor.identity.Role;
import org.springframework.stereotype.Component;

/** The datasets the modules contribute, in their {@code @Order}; names and page names are unique. */
@Component
class ImportDatasets {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final List<ImportDataset<?>> all;

    ImportDatasets(List<ImportDataset<?>> all) {
        Set<String> names = new HashSet<>();
        for (ImportDataset<?> dataset : all) {
            if (!NAME.matcher(dataset.name()).matches() || !names.add(dataset.name())
                    || !dataset.pageName().equals(dataset.name()) && !names.add(dataset.pageName())) {
                throw new IllegalStateException("Import dataset name not valid or not unique: " + dataset.name());
            }
        }
        this.all = List.copyOf(all);
    }

    Optional<ImportDataset<?>> find(String name) {
        return all.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    Optional<ImportDataset<?>> byPageName(String pageName) {
        return all.stream().filter(d -> d.pageName().equals(pageName)).findFirst();
    }

    /** The datasets a user with this role may import, in order; none for no role. */
    List<ImportDataset<?>> importableBy(Role role) {
        return role == null ? List.of() : all.stream().filter(d -> d.mayImport(role)).toList();
    }
}
