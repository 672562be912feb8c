package dk.almenmonitor.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The organisation module's public face: look-ups and the owner notation. Reference data changes rarely. */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    Organisations(OrganisationRepository repository) {
        this.repository = repository;
    }

    public List<OrganisationView> all() {
        return repository.findAll().stream().map(OrganisationRepository.OrganisationRow::view).toList();
    }

    public Optional<OrganisationView> byCode(String code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Parses "KK (TMF/ØKF)", "BL’s 1. kreds", "KK" into organisation codes. */
    public OwnerParseResult parseOwners(String text) {
        Map<String, String> codeByKey = new HashMap<>();
        for (OrganisationRepository.OrganisationRow row : repository.findAll()) {
            codeByKey.put(OwnerNotation.key(row.view().code()), row.view().code());
            codeByKey.put(OwnerNotation.key(row.view().name()), row.view().code());
            row.aliases().forEach(alias -> codeByKey.put(OwnerNotation.key(alias), row.view().code()));
        }
        return new OwnerNotation(codeByKey).parse(text);
    }
}
