package dk.almenmonitor.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Danish login page. Spring Security processes the POST; this only renders the form. */
@Controller
class LoginPageController {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(@RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "logout", required = false) String logout,
                 Model model) {
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "identity/login";
    }
}
