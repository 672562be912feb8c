package dk.almenmonitor.area;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The area register's public face. */
@Component
public class Areas {

    private final AreaRepository areas;

    Areas(AreaRepository areas) {
        this.areas = areas;
    }

    public Optional<Area> find(String code) {
        return areas.find(code);
    }

    /** Every area, by name. */
    public List<Area> all() {
        return areas.all();
    }

    /** The areas of one kind, by name. */
    public List<Area> ofKind(AreaKind kind) {
        return areas.ofKind(kind);
    }

    /**
     * Registers the area, or renames it; in the caller's transaction when there is one (an import's load creates
     * the areas its rows name).
     */
    @Transactional
    public void register(Area area) {
        areas.upsert(area);
    }
}
