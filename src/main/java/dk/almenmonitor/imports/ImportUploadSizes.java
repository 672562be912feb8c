package dk.almenmonitor.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The largest multipart request an import path accepts, for the HTTP edge to refuse a larger one before it is read:
 * a large dataset's upload limit on its own paths ({@code /api/v1/imports/{name}}, {@code /import/{page}}), else the
 * ordinary one; both with 1 MB for the multipart envelope and form fields.
 */
@Component
public class ImportUploadSizes {

    private static final Pattern API = Pattern.compile("/api/v1/imports/([a-z0-9-]{1,63})/?");
    private static final Pattern PAGE = Pattern.compile("/import/([a-z0-9-]{1,63})/?");
    private static final long ENVELOPE = 1024 * 1024;

    private final ImportDatasets datasets;
    private final UploadLimits limits;

    ImportUploadSizes(ImportDatasets datasets, UploadLimits limits) {
        this.datasets = datasets;
        this.limits = limits;
    }

    /** The multipart request limit for this request path (without the context path). */
    public long requestLimit(String path) {
        Matcher api = API.matcher(path);
        Matcher page = PAGE.matcher(path);
        var dataset = api.matches() ? datasets.find(api.group(1))
                : page.matches() ? datasets.byPageName(page.group(1)) : java.util.Optional.<ImportDataset<?>>empty();
        return dataset.map(limits::limitFor).orElse(limits.ordinaryLimit()) + ENVELOPE;
    }
}
