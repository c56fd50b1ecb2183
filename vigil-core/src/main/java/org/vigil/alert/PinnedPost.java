package org.vigil.alert;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST over a socket connected to an address that {@link WebhookPolicy#target} approved, so the
 * host name is never resolved again between the check and the connection. The request still names the host:
 * in {@code Host}, and for https in the TLS server name (SNI) and the certificate check, which must match
 * the name, not the address. Redirects are not followed; the answer's status and {@code Location} are returned.
 */
final class PinnedPost {
    /** The status of an answer, and where a redirect pointed. */
    record Answer(int status, Optional<String> location) { }

    private static final int MAX_HEADER_LINE = 8192;

    private final Optional<SSLSocketFactory> tls;
    private final Duration timeout;

    /** {@code tls} empty: the JDK's default trust (loaded on the first https post only). */
    PinnedPost(Optional<SSLSocketFactory> tls, Duration timeout) {
        this.tls = tls;
        this.timeout = timeout;
    }

    /** Posts {@code body} with {@code headers} (no line breaks in them) to the target, trying its approved addresses in order. */
    Answer post(WebhookPolicy.Target target, Map<String, String> headers, byte[] body) throws IOException {
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            Socket socket;
            try {
                socket = connect(target.uri(), address);
            } catch (IOException e) {
                last = e;
                continue;
            }
            try (socket) {
                return exchange(socket, target.uri(), headers, body);
            }
        }
        throw last == null ? new IOException("No address to connect to for " + target.uri()) : last;
    }

    private Socket connect(URI uri, InetAddress address) throws IOException {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = port(uri);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            plain.setSoTimeout((int) timeout.toMillis());
            if (!https) return plain;
            String host = bare(uri.getHost());
            SSLSocketFactory factory = tls.orElseGet(() -> (SSLSocketFactory) SSLSocketFactory.getDefault());
            SSLSocket socket = (SSLSocket) factory.createSocket(plain, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            // The certificate must name the host the user gave, although the socket went to an address.
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isLiteral(host)) parameters.setServerNames(List.of(new SNIHostName(host)));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static Answer exchange(Socket socket, URI uri, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder request = new StringBuilder("POST ").append(path(uri)).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader(uri)).append("\r\n");
        headers.forEach((name, value) -> {
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) throw new IllegalArgumentException("Header " + name + " holds a line break");
            request.append(name).append(": ").append(value).append("\r\n");
        });
        request.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        while (true) {
            String statusLine = line(in);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new IOException("Not an HTTP answer: '" + statusLine + "'");
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("Not an HTTP status: '" + statusLine + "'");
            }
            Optional<String> location = Optional.empty();
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("location")) {
                    location = Optional.of(header.substring(colon + 1).trim());
                }
            }
            if (status >= 200 || status < 100) return new Answer(status, location);
            // 1xx (an interim answer) is followed by the real one.
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (bytes.size() == 0) throw new IOException("The server closed the connection without an answer");
                break;
            }
            if (bytes.size() >= MAX_HEADER_LINE) throw new IOException("An answer line is longer than " + MAX_HEADER_LINE + " bytes");
            if (b != '\r') bytes.write(b);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static String path(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String hostHeader(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** An IP address written out, which SNI may not carry. */
    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

}
