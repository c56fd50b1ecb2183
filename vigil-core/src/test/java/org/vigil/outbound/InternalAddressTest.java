package org.vigil.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** Which addresses count as internal, and how each is named in refusals. */
class InternalAddressTest {

    private static String kind(String literal) throws UnknownHostException {
        return InternalAddress.kind(InetAddress.getByName(literal)).orElse("public");
    }

    @Test
    void namesEachKindOfInternalAddress() throws UnknownHostException {
        assertThat(kind("127.0.0.1")).isEqualTo("the loopback");
        assertThat(kind("::1")).isEqualTo("the loopback");
        assertThat(kind("0.0.0.0")).isEqualTo("the unspecified");
        assertThat(kind("169.254.169.254")).isEqualTo("a link-local");
        assertThat(kind("10.0.0.1")).isEqualTo("a private");
        assertThat(kind("192.168.1.1")).isEqualTo("a private");
        assertThat(kind("224.0.0.1")).isEqualTo("a multicast");
        assertThat(kind("100.64.0.1")).isEqualTo("a carrier-grade NAT");
        assertThat(kind("198.18.0.1")).isEqualTo("a reserved");
        assertThat(kind("255.255.255.255")).isEqualTo("a reserved");
        assertThat(kind("fd00::1")).isEqualTo("a private (unique local)");
        assertThat(kind("::ffff:127.0.0.1")).isEqualTo("the loopback");
    }

    @Test
    void leavesPublicAddressesAlone() throws UnknownHostException {
        assertThat(kind("192.0.2.10")).isEqualTo("public");
        assertThat(kind("93.184.216.34")).isEqualTo("public");
        assertThat(kind("2001:db8::1")).isEqualTo("public");
        assertThat(kind("100.128.0.1")).isEqualTo("public");
    }
}
