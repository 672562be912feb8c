package dk.almenmonitor.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Danish login page. Spring Security processes the POST; this only renders the form (and the OIDC button). */
@Controller
class LoginPageController {

    private final boolean oidcEnabled;
    private final boolean localEnabled;

    LoginPageController(@Value("${almen.oidc.enabled:false}") boolean oidcEnabled,
                        @Value("${almen.login.local.enabled:true}") boolean localEnabled) {
        this.oidcEnabled = oidcEnabled;
        this.localEnabled = localEnabled;
    }

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(@RequestParam(name = "error", required = false) String error,
                 @RequestParam(name = "locked", required = false) String locked,
                 @RequestParam(name = "sso-error", required = false) String ssoError,
                 @RequestParam(name = "logout", required = false) String logout,
                 @RequestParam(name = "expired", required = false) String expired,
                 Model model) {
        model.addAttribute("sessionExpired", expired != null);
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("loginLocked", locked != null);
        model.addAttribute("ssoFailed", ssoError != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("oidcEnabled", oidcEnabled);
        model.addAttribute("localEnabled", localEnabled);
        model.addAttribute("oidcLoginUrl", "/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID);
        return "identity/login";
    }
}
