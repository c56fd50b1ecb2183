package org.vigil.outbound;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.1 answer from a socket before a deadline: the status line (skipping interim 1xx
 * answers), the headers, and a body sent with Content-Length, chunked, or up to the end of the connection,
 * never more than a cap.
 */
final class AnswerReader {
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 200;

    private final Socket socket;
    private final long deadline;
    private final long maxBytes;
    private final InputStream in;
    private boolean answered;

    AnswerReader(Socket socket, long deadline, long maxBytes) throws IOException {
        this.socket = socket;
        this.deadline = deadline;
        this.maxBytes = maxBytes;
        this.in = new BufferedInputStream(new Timed(socket.getInputStream()));
    }

    PinnedHttp.Response read(boolean withBody) throws IOException {
        while (true) {
            String statusLine = line();
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new IOException("Not an HTTP answer: '" + shorten(statusLine) + "'");
            int status;
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("Not an HTTP status: '" + shorten(statusLine) + "'");
            }
            answered = true;
            Map<String, List<String>> headers = headers();
            // 1xx (an interim answer) is followed by the real one.
            if (status >= 100 && status < 200) continue;
            boolean hasBody = withBody && status != 204 && status != 304;
            return new PinnedHttp.Response(status, headers, hasBody ? body(headers) : new byte[0]);
        }
    }

    private Map<String, List<String>> headers() throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int count = 0;
        for (String header = line(); !header.isEmpty(); header = line()) {
            if (++count > MAX_HEADERS) throw new IOException("The answer has more than " + MAX_HEADERS + " headers");
            int colon = header.indexOf(':');
            if (colon <= 0) continue;
            headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(header.substring(colon + 1).strip());
        }
        return headers;
    }

    private byte[] body(Map<String, List<String>> headers) throws IOException {
        String encoding = String.join(",", headers.getOrDefault("transfer-encoding", List.of())).toLowerCase(Locale.ROOT);
        if (encoding.contains("chunked")) return chunked();
        List<String> lengths = headers.getOrDefault("content-length", List.of());
        if (lengths.isEmpty()) return upTo(Long.MAX_VALUE, true);
        long length;
        try {
            length = Long.parseLong(lengths.get(0).strip());
        } catch (NumberFormatException e) {
            throw new IOException("The answer's Content-Length '" + shorten(lengths.get(0)) + "' is not a number");
        }
        if (length < 0 || lengths.stream().anyMatch(l -> !l.strip().equals(lengths.get(0).strip()))) {
            throw new IOException("The answer's Content-Length is invalid: " + lengths);
        }
        if (length > maxBytes) throw new PinnedHttp.TooLarge(maxBytes);
        return upTo(length, false);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("Not a chunk size: '" + shorten(sizeLine) + "'");
            }
            if (size < 0) throw new IOException("Not a chunk size: '" + shorten(sizeLine) + "'");
            if (size == 0) break;
            if (body.size() + size > maxBytes) throw new PinnedHttp.TooLarge(maxBytes);
            body.write(upTo(size, false));
            line(); // the CRLF after the chunk
        }
        // Trailer fields, which Vigil does not use, end with an empty line.
        String trailer = line();
        while (!trailer.isEmpty()) trailer = line();
        return body.toByteArray();
    }

    /** {@code length} bytes, or with {@code toEnd} all bytes until the connection ends; never more than the cap. */
    private byte[] upTo(long length, boolean toEnd) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (toEnd) break;
                throw new IOException("The connection ended " + (length - left) + " bytes into a body of " + length);
            }
            bytes.write(buffer, 0, n);
            left -= n;
            if (bytes.size() > maxBytes) throw new PinnedHttp.TooLarge(maxBytes);
        }
        return bytes.toByteArray();
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (bytes.size() == 0) throw new IOException("The server closed the connection without an answer");
                break;
            }
            if (bytes.size() >= MAX_LINE) throw new IOException("An answer line is longer than " + MAX_LINE + " bytes");
            if (b != '\r') bytes.write(b);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The socket's input, where no read waits past the deadline. */
    private final class Timed extends InputStream {
        private final InputStream raw;

        Timed(InputStream raw) {
            this.raw = raw;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) throw new PinnedHttp.TimedOut(answered);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            try {
                return raw.read(buffer, offset, length);
            } catch (SocketTimeoutException e) {
                throw new PinnedHttp.TimedOut(answered);
            }
        }
    }
}
