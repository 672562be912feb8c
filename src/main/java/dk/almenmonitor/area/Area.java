package dk.almenmonitor.area;

/**
 * An area of the register: its code (the ministry's code for a listed housing area, the municipality's own for an
 * urban area), name, kind and the municipality (kommunekode, 101 = København) it lies in.
 */
public record Area(String code, String name, AreaKind kind, int municipality) {

    public Area {
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("An area needs a code and a name");
        }
    }
}
