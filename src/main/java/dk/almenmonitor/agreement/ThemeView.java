package dk.almenmonitor.agreement;

public record ThemeView(int number, String name) {
}
