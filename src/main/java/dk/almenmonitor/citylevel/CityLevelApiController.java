package dk.almenmonitor.citylevel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dk.almenmonitor.identity.CurrentUser;
import dk.almenmonitor.identity.CurrentUsers;
import dk.almenmonitor.shared.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Areas", description = "Vulnerable areas: the urban areas against the city level (koebenhavnerniveau) and their goals")
class CityLevelApiController {

    private final CityLevel cityLevel;
    private final CurrentUsers users;

    CityLevelApiController(CityLevel cityLevel, CurrentUsers users) {
        this.cityLevel = cityLevel;
        this.users = users;
    }

    @GetMapping("/api/v1/areas/{code}/citylevel")
    @Operation(summary = "An urban area against the city level (koebenhavnerniveau): per criterion the yearly area and city values, "
            + "the gaps (positive is worse), the gap at baseline and now, whether it is halved, the policy's rule "
            + "(at least 3 of 5 halved by 2025), and the secretariat's goals with their evaluation")
    CityLevelView cityLevel(@PathVariable String code,
                            @Parameter(description = "Evaluate the goals as of this date (default: today)")
                            @RequestParam(required = false) String asOf) {
        return cityLevel.of(code, asOf(asOf));
    }

    @PutMapping("/api/v1/areas/{code}/goals/{indicator}")
    @PreAuthorize("@access.admin()")
    @Operation(summary = "Set the goal of an urban area on a criterion (ADMIN): {\"kind\": \"TARGET_VALUE\" with "
            + "\"targetValue\", or \"HALVE_GAP\"; \"dueYear\"; optional \"note\"}; answers the goal and its evaluation")
    CityLevelView.Goal setGoal(@PathVariable String code, @PathVariable String indicator,
                               @RequestBody(required = false) CityLevel.GoalRequest request) {
        CurrentUser user = users.current().orElseThrow(() -> RequestRefused.forbidden("citylevel.refused.goal.forbidden"));
        return cityLevel.setGoal(code, indicator, request, user.username());
    }

    /** An ISO date (2017-12-31), else today; anything else is a 400. */
    static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return CityLevel.today();
        }
        String t = text.strip();
        try {
            LocalDate date = t.length() == 10 ? LocalDate.parse(t) : null;
            if (date != null && date.getYear() >= 1990 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw RequestRefused.badRequest("citylevel.refused.asOf", AreaIndicatorDataset.excerpt(t));
    }
}
