package dk.almenmonitor.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.jspecify.annotations.Nullable;

/** The organisation module's public face: look-ups and the owner notation. Reference data changes rarely. */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    /** Reference data: read once, kept for the life of the application (no write path exists yet). */
    private volatile @Nullable List<OrganisationRepository.OrganisationRow> rows;

    public List<OrganisationView> all() {
        return rows().stream().map(OrganisationRepository.OrganisationRow::view).toList();
    }

    private List<OrganisationRepository.OrganisationRow> rows() {
        List<OrganisationRepository.OrganisationRow> cached = rows;
        if (cached == null) {
            cached = repository.findAll();
            rows = cached;
        }
        return cached;
    }

    public Optional<OrganisationView> byCode(String code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /**
     * Writes owner codes the way the municipality's sheet does: administrations of KK as "KK (TMF/ØKF)", other
     * organisations by name ("BL’s 1. kreds"), several owners separated by ", ".
     */
    public String ownerNotation(@Nullable List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Map<String, OrganisationView> byCode = new HashMap<>();
        all().forEach(o -> byCode.put(o.code(), o));
        List<String> units = new java.util.ArrayList<>();
        List<String> others = new java.util.ArrayList<>();
        String parent = null;
        for (String code : codes) {
            OrganisationView o = byCode.get(code);
            if (o != null && "ADMINISTRATION".equals(o.kind()) && (parent == null || parent.equals(o.parentCode()))) {
                parent = o.parentCode();
                units.add(o.code());
            } else if (o != null && "MUNICIPALITY".equals(o.kind())) {
                others.add(o.code());
            } else {
                others.add(o == null ? code : o.name());
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!units.isEmpty()) {
            parts.add(parent + " (" + String.join("/", units) + ")");
        }
        parts.addAll(others);
        return String.join(", ", parts);
    }

    /** Parses "KK (TMF/ØKF)", "BL’s 1. kreds", "KK" into organisation codes. */
    public OwnerParseResult parseOwners(@Nullable String text) {
        Map<String, String> codeByKey = new HashMap<>();
        for (OrganisationRepository.OrganisationRow row : rows()) {
            codeByKey.put(OwnerNotation.key(row.view().code()), row.view().code());
            codeByKey.put(OwnerNotation.key(row.view().name()), row.view().code());
            row.aliases().forEach(alias -> codeByKey.put(OwnerNotation.key(alias), row.view().code()));
        }
        return new OwnerNotation(codeByKey).parse(text);
    }
}
