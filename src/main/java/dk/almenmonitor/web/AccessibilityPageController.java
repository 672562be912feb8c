package dk.almenmonitor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement ("Tilgængelighedserklæring") that the web accessibility law requires. */
@Controller
class AccessibilityPageController {

    @GetMapping("/tilgaengelighed")
    String accessibilityStatement() {
        return "web/accessibility";
    }
}
