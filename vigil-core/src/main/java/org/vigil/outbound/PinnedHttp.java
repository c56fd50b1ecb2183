package org.vigil.outbound;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request over a socket connected to an address of a {@link PinnedTarget}, so the host name is
 * never resolved again between the check and the connection. The request still names the host: in
 * {@code Host}, and for https in the TLS server name (SNI) and the certificate check, which must match the
 * name, not the address. Each request has its own connection ({@code Connection: close}); redirects are
 * returned, never followed, so that the caller checks where each one leads.
 */
public final class PinnedHttp {

    /**
     * How long a request may take and how much it may read.
     *
     * @param connect the longest wait for one connection (each address is tried in turn)
     * @param whole the longest wait for the whole exchange, from the first connection attempt to the last byte of the body
     * @param maxBytes the largest body read; a larger one fails with {@link TooLarge}
     */
    public record Limits(Duration connect, Duration whole, long maxBytes) {
        public Limits {
            Objects.requireNonNull(connect, "connect");
            Objects.requireNonNull(whole, "whole");
            if (connect.isNegative() || connect.isZero() || whole.isNegative() || whole.isZero()) {
                throw new IllegalArgumentException("Time-outs must be positive, got " + connect + " and " + whole);
            }
            if (maxBytes < 0) throw new IllegalArgumentException("Body cap must not be negative, got " + maxBytes);
        }
    }

    /** An answer: its status, its headers (names in lower case, values in order) and its body (empty when not read). */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public Response {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }

        /** The first value of the header, whatever the case of its name. */
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).flatMap(v -> v.stream().findFirst());
        }
    }

    /** The body passed the cap of {@link Limits#maxBytes}; reading stopped and the connection was dropped. */
    public static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("body larger than " + cap + " bytes");
        }
    }

    /** The exchange passed {@link Limits#whole}; {@code answered} says whether the answer had begun (status line read). */
    public static final class TimedOut extends IOException {
        private final boolean answered;

        TimedOut(boolean answered) {
            super(answered ? "the answer did not arrive in full in time" : "no answer in time");
            this.answered = answered;
        }

        public boolean answered() {
            return answered;
        }
    }

    /** No address of the target accepted a connection within {@link Limits#connect}. */
    public static final class ConnectTimedOut extends IOException {
        ConnectTimedOut(URI uri) {
            super("could not connect to " + uri + " in time");
        }
    }

    private final Optional<SSLSocketFactory> tls;

    /** {@code tls} empty: the JDK's default trust (loaded on the first https request only). */
    public PinnedHttp(Optional<SSLSocketFactory> tls) {
        this.tls = tls;
    }

    /** Posts {@code body} with {@code headers} (no line breaks in them); the answer's body is not read. */
    public Response post(PinnedTarget target, Map<String, String> headers, byte[] body, Limits limits) throws IOException {
        return exchange("POST", target, headers, body, limits, false);
    }

    /** GETs the target with {@code headers}; the body is read unless the status says there is none. */
    public Response get(PinnedTarget target, Map<String, String> headers, Limits limits) throws IOException {
        return exchange("GET", target, headers, new byte[0], limits, true);
    }

    private Response exchange(String method, PinnedTarget target, Map<String, String> headers, byte[] body, Limits limits, boolean readBody)
            throws IOException {
        long deadline = System.nanoTime() + limits.whole().toNanos();
        URI uri = target.uri();
        Socket socket = connect(target, limits, deadline);
        try (socket) {
            OutputStream out = socket.getOutputStream();
            out.write(request(method, uri, headers, body.length, method.equals("POST")));
            out.write(body);
            out.flush();
            return new AnswerReader(socket, deadline, limits.maxBytes()).read(readBody);
        }
    }

    /** A socket to the first of the target's addresses that accepts, with TLS for https. */
    private Socket connect(PinnedTarget target, Limits limits, long deadline) throws IOException {
        IOException last = null;
        boolean timedOut = false;
        for (InetAddress address : target.addresses()) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000;
            if (remaining <= 0) throw new TimedOut(false);
            try {
                return connect(target.uri(), address, (int) Math.min(limits.connect().toMillis(), remaining));
            } catch (SocketTimeoutException e) {
                // Cut short by the whole exchange's time-out rather than the connection's own: say so.
                if (System.nanoTime() >= deadline) throw new TimedOut(false);
                timedOut = true;
                last = e;
            } catch (IOException e) {
                last = e;
            }
        }
        if (timedOut) throw new ConnectTimedOut(target.uri());
        throw last == null ? new IOException("No address to connect to for " + target.uri()) : last;
    }

    private Socket connect(URI uri, InetAddress address, int timeoutMillis) throws IOException {
        int port = port(uri);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), timeoutMillis);
            if (!uri.getScheme().equalsIgnoreCase("https")) return plain;
            String host = PinnedTarget.host(uri);
            SSLSocketFactory factory = tls.orElseGet(() -> (SSLSocketFactory) SSLSocketFactory.getDefault());
            SSLSocket socket = (SSLSocket) factory.createSocket(plain, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            // The certificate must name the host the user gave, although the socket went to an address.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isLiteral(host)) parameters.setServerNames(List.of(new SNIHostName(host)));
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(timeoutMillis);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static byte[] request(String method, URI uri, Map<String, String> headers, int length, boolean withBody) {
        StringBuilder request = new StringBuilder(method).append(' ').append(path(uri)).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader(uri)).append("\r\n");
        headers.forEach((name, value) -> {
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) throw new IllegalArgumentException("Header " + name + " holds a line break");
            request.append(name).append(": ").append(value).append("\r\n");
        });
        if (withBody) request.append("Content-Length: ").append(length).append("\r\n");
        request.append("Connection: close\r\n\r\n");
        return request.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String path(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String hostHeader(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** An IP address written out, which SNI may not carry. */
    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }
}
