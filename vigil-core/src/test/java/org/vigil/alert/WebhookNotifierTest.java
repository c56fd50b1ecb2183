package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.outbound.Resolver;
import org.vigil.outbound.ScriptedResolver;

/**
 * Webhook posts against real servers on loopback: the connection goes to the address the policy checked
 * (a name resolved once, never again), the host name still travels in Host, SNI and the certificate check,
 * loopback is refused unless allowed, and a redirect is never followed.
 */
class WebhookNotifierTest {
    static final Duration TIMEOUT = Duration.ofMillis(1500);

    @TempDir
    Path dir;
    WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    static Notifier.Outgoing outgoing(String url) {
        Notification n = new Notification(7, "ana", Notification.Kind.NEW, OptionalLong.of(3), Optional.of("kabul"), "Bombing in Kabul",
                "A bomb.", List.of(), List.of("all"), Instant.parse("2024-03-09T08:00:00Z"), false);
        DeliveryTarget target = new DeliveryTarget(1, "ana", DeliveryTarget.Kind.WEBHOOK, url, Optional.of(WebhookReceiver.SECRET),
                DeliveryTarget.Digest.NONE);
        return new Notifier.Outgoing(target, "key-1", List.of(n));
    }

    static WebhookNotifier notifier(boolean allowPrivate, Resolver resolver) {
        return new WebhookNotifier(new WebhookPolicy(allowPrivate, resolver), TIMEOUT);
    }

    @Test
    void connectsToTheAddressItCheckedAndNamesTheHostInTheRequest() throws Exception {
        // Asked twice, the name would lead to 127.0.0.2, where nothing listens.
        ScriptedResolver dns = new ScriptedResolver(Map.of("hooks.example.test", List.of("127.0.0.1", "127.0.0.2")));

        notifier(true, dns).send(outgoing("http://hooks.example.test:" + receiver.port() + "/hook"));

        assertThat(dns.calls()).isEqualTo(1);
        assertThat(receiver.requests()).singleElement().satisfies(r -> {
            assertThat(r.host()).isEqualTo("hooks.example.test:" + receiver.port());
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.idempotencyKey()).isEqualTo("key-1");
        });
    }

    @Test
    void nameThatTurnsToLoopbackAfterTheCheckNeverReachesIt() {
        // DNS rebinding: a public address (TEST-NET-1, unreachable here) when checked, loopback on any later lookup.
        ScriptedResolver dns = new ScriptedResolver(Map.of("rebind.example.test", List.of("192.0.2.10", "127.0.0.1")));

        assertThatThrownBy(() -> notifier(false, dns).send(outgoing("http://rebind.example.test:" + receiver.port() + "/hook")))
                .isInstanceOfSatisfying(Notifier.DeliveryFailure.class, f -> assertThat(f.permanent()).isFalse());

        assertThat(dns.calls()).isEqualTo(1);
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void nameThatResolvesToLoopbackIsRefusedUnlessAllowed() throws Exception {
        ScriptedResolver dns = new ScriptedResolver(Map.of("inside.example.test", List.of("127.0.0.1")));
        String url = "http://inside.example.test:" + receiver.port() + "/hook";

        assertThatThrownBy(() -> notifier(false, dns).send(outgoing(url)))
                .isInstanceOfSatisfying(Notifier.DeliveryFailure.class, f -> assertThat(f.permanent()).isTrue())
                .hasMessage("Webhook URL '" + url + "' is refused: its host resolves to the internal address 127.0.0.1; "
                        + "an administrator can allow such targets with webhook.allowPrivate=true");
        assertThatThrownBy(() -> notifier(false, Resolver.SYSTEM).send(outgoing(receiver.url())))
                .hasMessageContaining("is refused: its host resolves to the internal address 127.0.0.1");
        assertThat(receiver.requests()).isEmpty();

        notifier(true, Resolver.SYSTEM).send(outgoing(receiver.url()));
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void redirectIsNeverFollowed() {
        String moved = receiver.url().replace("/hook", "/moved");

        assertThatThrownBy(() -> notifier(true, Resolver.SYSTEM).send(outgoing(moved)))
                .isInstanceOfSatisfying(Notifier.DeliveryFailure.class, f -> assertThat(f.permanent()).isTrue())
                .hasMessage("POST " + moved + " answered HTTP 307 to " + receiver.url() + "; redirects are not followed: give the webhook its final URL");
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void httpsCarriesTheHostNameInSniAndChecksTheCertificateAgainstIt() throws Exception {
        Path keys = certificateFor("hooks.example.test");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(store, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(km.getKeyManagers(), null, null);
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(store);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tm.getTrustManagers(), null);

        List<String> serverNames = Collections.synchronizedList(new ArrayList<>());
        List<String> hosts = Collections.synchronizedList(new ArrayList<>());
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters p = serverTls.getDefaultSSLParameters();
                p.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                    @Override
                    public boolean matches(SNIServerName name) {
                        serverNames.add(name instanceof SNIHostName h ? h.getAsciiName() : new String(name.getEncoded(), StandardCharsets.US_ASCII));
                        return true;
                    }
                }));
                params.setSSLParameters(p);
            }
        });
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            ScriptedResolver dns = new ScriptedResolver(Map.of("hooks.example.test", List.of("127.0.0.1"), "other.example.test", List.of("127.0.0.1")));
            WebhookNotifier notifier = new WebhookNotifier(new WebhookPolicy(true, dns), TIMEOUT, clientTls.getSocketFactory());

            notifier.send(outgoing("https://hooks.example.test:" + port + "/hook"));
            assertThat(serverNames).containsExactly("hooks.example.test");
            assertThat(hosts).containsExactly("hooks.example.test:" + port);

            // The same address under a name the certificate does not carry: refused by the certificate check.
            assertThatThrownBy(() -> notifier.send(outgoing("https://other.example.test:" + port + "/hook")))
                    .isInstanceOf(Notifier.DeliveryFailure.class).hasMessageContaining("other.example.test");
            assertThat(hosts).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    /** A PKCS12 key store with a self-signed certificate for {@code host}, made by the JDK's keytool. */
    Path certificateFor(String host) throws Exception {
        Path keys = dir.resolve("hook.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + host, "-ext", "SAN=dns:" + host,
                "-validity", "2", "-keystore", keys.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return keys;
    }
}
