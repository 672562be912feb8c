package dk.almenmonitor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Issue 9, finding 12: X-Forwarded-For counts only when the socket's peer is a trusted proxy. */
class ClientAddressesTests {

    private final ClientAddresses behindProxy = new ClientAddresses(List.of("10.1.0.0/16", "192.168.9.9"));

    @Test
    void withoutTrustedProxiesTheSocketAddressIsUsed() {
        assertThat(new ClientAddresses(List.of()).of(request("10.1.2.3", "203.0.113.7"))).isEqualTo("10.1.2.3");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(behindProxy.of(request("10.1.2.3", "203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(behindProxy.of(request("10.1.2.3", null))).isEqualTo("10.1.2.3");
    }

    @Test
    void theRightMostUntrustedHopWinsSoAClientCannotPrependAnAddress() {
        assertThat(behindProxy.of(request("10.1.2.3", "198.51.100.1, 203.0.113.7, 192.168.9.9")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    void anUntrustedPeerCannotNameAnAddress() {
        assertThat(behindProxy.of(request("203.0.113.99", "10.1.5.5"))).isEqualTo("203.0.113.99");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeerAndNeverResolvesNames() {
        assertThat(behindProxy.of(request("10.1.2.3", "example.org"))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(request("10.1.2.3", "x".repeat(5000)))).isEqualTo("10.1.2.3");
        assertThat(behindProxy.of(request("10.1.2.3", "2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }
}
