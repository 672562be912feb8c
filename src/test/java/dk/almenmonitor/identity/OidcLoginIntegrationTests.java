package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * OIDC login end to end against a real OpenID provider: Spring Authorization Server runs in-process on a random port
 * (a second Spring context), the application (MockMvc) sends the browser there, the provider's login form is filled in
 * over HTTP, the code comes back, and the application exchanges it, checks the ID token and maps the groups claim.
 */
@IdentityWebTest
class OidcLoginIntegrationTests {

    private static ConfigurableApplicationContext provider;
    private static String issuer;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("almen.oidc.enabled", () -> "true");
        registry.add("almen.oidc.issuer-uri", OidcLoginIntegrationTests::startProvider);
        registry.add("almen.oidc.client-id", () -> "almenmonitor");
        registry.add("almen.oidc.client-secret", () -> "test-secret");
        registry.add("almen.oidc.scopes", () -> "openid");
        registry.add("almen.oidc.group-mapping.KK-TMF-Almen", () -> "EDITOR:TMF");
        registry.add("almen.oidc.group-mapping.KK-OEKF-Almen", () -> "EDITOR:ØKF");
        registry.add("almen.oidc.group-mapping.KK-Almen-Laesere", () -> "READER");
    }

    static synchronized String startProvider() {
        if (provider == null) {
            provider = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                    .run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                            // the provider has no database, so the application's readiness group (which has) does not apply
                            "--management.endpoint.health.group.readiness.include=readinessState");
            String port = provider.getEnvironment().getProperty("local.server.port");
            issuer = "http://127.0.0.1:" + port;
        }
        return issuer;
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @Test
    void loginPageOffersTheMunicipalityLogin() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Log ind med Københavns Kommunes login").contains("href=\"/oauth2/authorization/kk\"");
    }

    @Test
    void userLogsInThroughTheProviderAndGetsTheMappedRoleAndOrganisations() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        MockHttpSession session = loginThroughProvider("karen", "/");

        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("karen"))
                .andExpect(jsonPath("$.displayName").value("Karen Kommune"))
                .andExpect(jsonPath("$.role").value("EDITOR"))
                .andExpect(jsonPath("$.organisations[0]").value("TMF"))
                .andExpect(jsonPath("$.organisations[1]").value("ØKF"));
        mvc.perform(get("/aftaler/kk-bl1-2015-2018").session(session)).andExpect(status().isOk());
        assertThat(audit.since("LOGIN_SUCCEEDED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("karen");
            assertThat(row.details()).contains("\"method\": \"oidc\"");
        });
    }

    @Test
    void userWithoutAMappedGroupIsRefused() throws Exception {
        AuditRows audit = new AuditRows(jdbc);
        loginThroughProvider("ole", "/login?sso-error");
        assertThat(audit.since("LOGIN_FAILED")).hasSize(1);
        assertThat(mvc.perform(get("/login").param("sso-error", "")).andReturn().getResponse().getContentAsString())
                .contains("har ikke adgang til Almenmonitor");
    }

    /** Runs the authorization code flow; answers the application session after the callback. */
    private MockHttpSession loginThroughProvider(String username, String expectedRedirect) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult start = mvc.perform(get("/oauth2/authorization/kk").session(session)).andReturn();
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(issuer + "/oauth2/authorize");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> toLogin = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        String loginUrl = absolute(toLogin.headers().firstValue("Location").orElseThrow());
        String loginPage = send(browser, HttpRequest.newBuilder(URI.create(loginUrl)).GET().build()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("provider login form").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc("provider-password") + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> loggedIn = send(browser, HttpRequest.newBuilder(URI.create(loginUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String next = absolute(loggedIn.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> code = send(browser, HttpRequest.newBuilder(URI.create(next)).GET().build());
        URI callback = URI.create(code.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/kk");

        var callbackRequest = get(callback.getPath()).session(session);
        for (String pair : callback.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            callbackRequest.param(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        MvcResult result = mvc.perform(callbackRequest).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** As a browser: asks for HTML, so the provider answers with redirects to its login form. */
    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpRequest asBrowser = HttpRequest.newBuilder(request, (name, value) -> true).header("Accept", "text/html").build();
        HttpResponse<String> response = client.send(asBrowser, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.uri() + " " + response.body()).isLessThan(400);
        return response;
    }

    private static String absolute(String location) {
        return location.startsWith("http") ? location : issuer + location;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The OpenID provider: Spring Authorization Server with Boot's defaults, one client and two users. Deliberately
     * not annotated {@code @Configuration}: a nested one would become this test's application configuration.
     */
    @EnableAutoConfiguration(excludeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration"})
    static class Provider {

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("karen").password("{noop}provider-password").roles("USER").build(),
                    User.withUsername("ole").password("{noop}provider-password").roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("almenmonitor")
                    .clientId("almenmonitor")
                    .clientSecret("{noop}test-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost/login/oauth2/code/kk")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** The municipality's directory groups, as Entra ID puts them into the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String user = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", user);
                    context.getClaims().claim("name", user.equals("karen") ? "Karen Kommune" : "Ole Udenfor");
                    context.getClaims().claim("groups", user.equals("karen")
                            ? List.of("KK-TMF-Almen", "KK-OEKF-Almen", "KK-Almen-Laesere", "Alle-ansatte")
                            : List.of("Alle-ansatte"));
                }
            };
        }
    }
}
