package org.vigil.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests over a real socket on loopback to a server that writes its answers byte for byte, as servers in the wild do. */
class PinnedHttpTest {
    static final PinnedHttp.Limits LIMITS = new PinnedHttp.Limits(Duration.ofSeconds(1), Duration.ofSeconds(2), 1000);

    ServerSocket server;
    final PinnedHttp http = new PinnedHttp(Optional.empty());

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    /** Answers one connection with {@code answer} and closes it; completes with the request's head. */
    CompletableFuture<String> answerOnce(String answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                String head = head(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return head;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    PinnedTarget target(String path) throws IOException {
        URI uri = URI.create("http://news.example.test:" + server.getLocalPort() + path);
        return PinnedTarget.resolve(uri, new ScriptedResolver(Map.of("news.example.test", List.of("127.0.0.1"))));
    }

    @Test
    void sendsTheHostNameAndReadsABodyThatEndsWithTheConnection() throws Exception {
        CompletableFuture<String> request = answerOnce("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nsix words end when the server hangs up");

        PinnedHttp.Response r = http.get(target("/a?b=1"), Map.of("User-Agent", "Vigil/test"), LIMITS);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("CONTENT-TYPE")).contains("text/plain");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("six words end when the server hangs up");
        assertThat(request.get(2, TimeUnit.SECONDS)).startsWith("GET /a?b=1 HTTP/1.1\r\nHost: news.example.test:" + server.getLocalPort() + "\r\n")
                .contains("User-Agent: Vigil/test\r\n", "Connection: close\r\n");
    }

    @Test
    void readsAChunkedBodyWithTrailersAfterAnInterimAnswer() throws Exception {
        answerOnce("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n");

        PinnedHttp.Response r = http.get(target("/"), Map.of(), LIMITS);

        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("hello, world");
    }

    @Test
    void refusesABodyPastTheCapWhateverItsFraming() throws Exception {
        answerOnce("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n");
        assertThatThrownBy(() -> http.get(target("/"), Map.of(), LIMITS)).isInstanceOf(PinnedHttp.TooLarge.class);

        answerOnce("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n" + "x".repeat(1000) + "\r\n1\r\nx\r\n0\r\n\r\n");
        assertThatThrownBy(() -> http.get(target("/"), Map.of(), LIMITS)).isInstanceOf(PinnedHttp.TooLarge.class);

        answerOnce("HTTP/1.0 200 OK\r\n\r\n" + "x".repeat(1001));
        assertThatThrownBy(() -> http.get(target("/"), Map.of(), LIMITS)).isInstanceOf(PinnedHttp.TooLarge.class);
    }

    @Test
    void givesUpAtTheDeadlineAndSaysWhetherTheAnswerHadBegun() throws Exception {
        PinnedHttp.Limits quick = new PinnedHttp.Limits(Duration.ofSeconds(1), Duration.ofMillis(300), 1000);
        CompletableFuture.runAsync(() -> {
            try (Socket socket = server.accept()) {
                head(socket.getInputStream());
                Thread.sleep(1000);
            } catch (IOException | InterruptedException ignored) {
                // the client gave up
            }
        });

        assertThatThrownBy(() -> http.get(target("/"), Map.of(), quick))
                .isInstanceOfSatisfying(PinnedHttp.TimedOut.class, t -> assertThat(t.answered()).isFalse());
    }

    @Test
    void refusesAnAnswerThatIsNotHttp() throws Exception {
        answerOnce("SSH-2.0-OpenSSH_9.6\r\n");

        assertThatThrownBy(() -> http.get(target("/"), Map.of(), LIMITS)).isInstanceOf(IOException.class)
                .hasMessage("Not an HTTP answer: 'SSH-2.0-OpenSSH_9.6'");
    }

    @Test
    void refusesAnotherHostForTheSameAddresses() throws Exception {
        PinnedTarget page = target("/a");

        assertThat(page.at(URI.create("http://NEWS.example.test:" + server.getLocalPort() + "/robots.txt")).addresses()).isEqualTo(page.addresses());
        assertThatThrownBy(() -> page.at(URI.create("http://other.example.test:" + server.getLocalPort() + "/robots.txt")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) break;
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
