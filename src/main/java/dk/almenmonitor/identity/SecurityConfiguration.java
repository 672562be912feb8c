package dk.almenmonitor.identity;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import dk.almenmonitor.shared.StaticFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: Swagger UI and the OpenAPI document (relaxed CSP), the JSON API (API tokens and HTTP Basic,
 * problem+json, no sessions created) and everything else (form login, and OIDC when {@code almen.oidc.enabled}, with a
 * session; form login unless {@code almen.login.local.enabled=false}). Logins, failures, logouts and refused requests go to the audit log. See docs/adr/0002 and 0004.
 * Method security is on: endpoints declare who may call them with {@code @PreAuthorize} and the {@link Access} policy (ADR 0013).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String LOGIN_PAGE = "/login";
    private static final String[] PUBLIC_PATHS = Stream.concat(
            Stream.of(LOGIN_PAGE, "/actuator/health/**", "/livez", "/readyz", "/error",
                    // The accessibility statement must be reachable without logging in (webtilgængelighedsloven).
                    "/tilgaengelighed"),
            StaticFiles.patterns().stream()).toArray(String[]::new);
    private static final String PUBLIC_VIEW = "/offentlig/**";

    private final ProblemDetailsSecurityHandler problems;
    private final LoginHandlers handlers;

    private final ApiTokenVerifier tokens;
    private final SecurityAudit audit;
    private final ClientAddresses addresses;
    private final Duration sessionLimit;

    SecurityConfiguration(ProblemDetailsSecurityHandler problems, LoginHandlers handlers,
                          ObjectProvider<ApiTokenVerifier> tokens,
                          SecurityAudit audit, ClientAddresses addresses,
                          @Value("${almen.security.session.absolute-timeout:10h}") Duration sessionLimit) {
        this.problems = problems;
        this.handlers = handlers;
        // The apitoken module contributes the verifier (ADR 0015); without it no bearer token is accepted.
        this.tokens = tokens.getIfAvailable(() -> token -> Optional.empty());
        this.audit = audit;
        this.addresses = addresses;
        this.sessionLimit = sessionLimit;
    }

    /**
     * The Actuator's own port ({@code management.server.port}, 8081 in the production profile), which only the
     * platform reaches: health and the Prometheus scrape without login, read-only; nothing else answers there.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementPortChain(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher onManagementPort = request -> {
            Integer management = environment.getProperty("local.management.port", Integer.class);
            Integer server = environment.getProperty("local.server.port", Integer.class);
            return management != null && management > 0 && !management.equals(server)
                    && request.getLocalPort() == management;
        };
        http.securityMatcher(onManagementPort)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(pathPattern(HttpMethod.GET, "/actuator/health"),
                                pathPattern(HttpMethod.GET, "/actuator/health/**"),
                                pathPattern(HttpMethod.GET, "/actuator/prometheus")).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.withCsp(SecurityHeaders.STRICT_CSP));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain swaggerChain(HttpSecurity http) throws Exception {
        RequestMatcher swaggerUi = new OrRequestMatcher(pathPattern("/swagger-ui.html"), pathPattern("/swagger-ui/**"));
        RequestMatcher apiDocs = new OrRequestMatcher(pathPattern("/v3/api-docs"), pathPattern("/v3/api-docs/**"));
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(swaggerUi);
        http.securityMatcher(new OrRequestMatcher(swaggerUi, apiDocs))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .authenticationDetailsSource(addresses.detailsSource()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, apiDocs)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                                AnyRequestMatcher.INSTANCE))
                .requestCache(cache -> cache.requestCache(requestCache))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(SecurityHeaders.withCsp(SecurityHeaders.SWAGGER_CSP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new AbsoluteSessionTimeoutFilter(sessionLimit, false, audit), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems, audit), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(ProblemDetailsSecurityHandler.REALM)
                        .authenticationEntryPoint(problems)
                        .authenticationDetailsSource(addresses.detailsSource())
                        .securityContextRepository(new SessionIgnoringContextRepository()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(handlers.audited(problems)))
                // Browser sessions calling the API still need a CSRF token; self-authenticating clients do not. A
                // request with an Authorization header never uses the session, so the exemption cannot lend it one.
                .securityContext(context -> context.securityContextRepository(new SessionIgnoringContextRepository()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(new StatelessApiClientMatcher()))
                // Uses a browser's existing session, but never creates one (Basic is per request).
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.withCsp(SecurityHeaders.STRICT_CSP));
        return http.build();
    }

    /**
     * Committee documents ({@code /reports/**}) for integrations: a request that brings its own credentials (HTTP
     * Basic or an API token) is handled like an API call — stateless, 401 problem+json when wrong. Browsers, which send
     * no Authorization header, fall through to the web chain and its login page.
     */
    @Bean
    @Order(3)
    SecurityFilterChain documentClientChain(HttpSecurity http) throws Exception {
        RequestMatcher withCredentials = request -> request.getHeader("Authorization") != null;
        http.securityMatcher(new org.springframework.security.web.util.matcher.AndRequestMatcher(
                        pathPattern(HttpMethod.GET, "/reports/**"), withCredentials))
                .addFilterBefore(new BearerTokenFilter(tokens, problems, audit), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(ProblemDetailsSecurityHandler.REALM)
                        .authenticationEntryPoint(problems)
                        .authenticationDetailsSource(addresses.detailsSource()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(handlers.audited(problems)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(SecurityHeaders.withCsp(SecurityHeaders.STRICT_CSP));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webChain(HttpSecurity http,
                                 @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
                                 @Value("${almen.login.local.enabled:true}") boolean localLogin,
                                 ObjectProvider<GroupMappingOidcUserService> oidcUsers)
            throws Exception {
        GroupMappingOidcUserService oidcUserService = oidcUsers.getIfAvailable();
        if (oidcUserService != null) {
            http.oauth2Login(oidc -> oidc
                    .loginPage(LOGIN_PAGE)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService))
                    .successHandler(handlers.success("oidc"))
                    .failureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?sso-error")));
        }
        if (localLogin) {
            http.formLogin(form -> form
                    .loginPage(LOGIN_PAGE)
                    .loginProcessingUrl(LOGIN_PAGE)
                    .authenticationDetailsSource(addresses.detailsSource())
                    .successHandler(handlers.success("form"))
                    .failureHandler(handlers.failure()));
        } else {
            // People log in through OIDC only (almen.login.local.enabled=false): no form login processing at all, so a
            // POST /login is refused by MVC; HTTP Basic and tokens on the API chain stay for integrations.
            if (oidcUserService == null) {
                log.warn("almen.login.local.enabled=false without almen.oidc.enabled: nobody can log in to the pages");
            }
            http.exceptionHandling(exceptions -> exceptions
                    .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)));
        }
        http.addFilterBefore(new AbsoluteSessionTimeoutFilter(sessionLimit, true, audit), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // The public view of published agreements (publication module): anonymous and read-only, so
                        // GET only; whether an agreement is published is the controller's 404.
                        .requestMatchers(pathPattern(HttpMethod.GET, PUBLIC_VIEW)).permitAll()
                        // Health (above) is public for probes; any other Actuator endpoint is for the secretariat only.
                        .requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .logout(logout -> logout
                        .logoutRequestMatcher(pathPattern(HttpMethod.POST, "/logout"))
                        .addLogoutHandler(handlers.logout())
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(sessionCookie))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(handlers.audited(new AccessDeniedHandlerImpl())))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityHeaders.withCsp(SecurityHeaders.STRICT_CSP));
        return http.build();
    }
}
