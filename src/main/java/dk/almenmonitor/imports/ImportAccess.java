package dk.almenmonitor.imports;

import java.util.List;

import dk.almenmonitor.identity.Access;
import dk.almenmonitor.identity.Refusal;
import dk.almenmonitor.shared.RequestRefused;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may import what, for the API and the page alike. A user who may import no dataset is refused (403) whatever
 * the dataset's name, known or not, so the answer tells nothing about which datasets exist; a user who may import
 * some dataset gets 404 for an unknown name and 403 for a dataset that is not theirs. Import reports are for the
 * users who may import. The user's role is identity's ({@link Access#roleOf}, the same precedence as every other
 * check); which roles may import a dataset is the dataset plug-in's rule (ADR 0013).
 */
@Component
class ImportAccess {

    private final ImportDatasets datasets;

    ImportAccess(ImportDatasets datasets) {
        this.datasets = datasets;
    }

    /** The datasets the user may import; refused when there is none. */
    List<ImportDataset<?>> requireImporter(Authentication user) {
        List<ImportDataset<?>> importable = datasets.importableBy(Access.roleOf(user));
        if (importable.isEmpty()) {
            throw new Refusal("imports.refused.any");
        }
        return importable;
    }

    ImportDataset<?> requireDataset(String name, Authentication user) {
        requireImporter(user);
        ImportDataset<?> dataset = datasets.find(name).orElseThrow(() ->
                RequestRefused.notFound("imports.refused.unknownDataset", excerpt(name)));
        if (!dataset.mayImport(Access.roleOf(user))) {
            throw new Refusal("imports.refused.dataset");
        }
        return dataset;
    }

    ImportDataset<?> requirePage(String pageName, Authentication user) {
        requireImporter(user);
        ImportDataset<?> dataset = datasets.byPageName(pageName).orElseThrow(() ->
                RequestRefused.notFound("imports.refused.unknownPage"));
        if (!dataset.mayImport(Access.roleOf(user))) {
            throw new Refusal("imports.refused.dataset");
        }
        return dataset;
    }

    private static String excerpt(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
