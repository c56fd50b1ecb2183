package org.vigil.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of a file into text: unzips gzip, tells text from binary data, finds the
 * charset (byte-order mark, an HTML meta charset, else UTF-8 with a Windows-1252 fallback) and
 * normalizes line endings to LF.
 */
final class TextDecoding {

    /** Text decoded from bytes, with a warning when the charset had to be guessed. */
    record Decoded(String text, Optional<String> warning) {
    }

    /** A file's text and whether it is HTML, or the problem that kept it from being text. */
    record FileText(String text, boolean html, List<String> warnings, Optional<String> problem) {
        static FileText problem(String problem) {
            return new FileText("", false, List.of(), Optional.of(problem));
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    private static final Pattern HTML_TAG = Pattern.compile("<(!doctype html|html|head|body|p|div|article|meta|title)[\\s>/]");

    private TextDecoding() {
    }

    /** Reads, unzips and decodes {@code file}; HTML is recognized by its name or by its first tags. */
    static FileText load(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return FileText.problem("does not exist");
        } catch (AccessDeniedException e) {
            return FileText.problem("cannot be read: permission denied");
        } catch (IOException e) {
            return FileText.problem("cannot be read: " + reason(e));
        }
        if (isGzip(bytes) || name.endsWith(".gz")) {
            try {
                bytes = gunzip(bytes);
            } catch (IOException e) {
                return FileText.problem("is not valid gzip data: " + reason(e));
            }
        }
        if (bytes.length == 0) return FileText.problem("is empty");
        if (looksBinary(bytes)) return FileText.problem("looks like binary data, not text");
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        boolean htmlByName = bare.endsWith(".html") || bare.endsWith(".htm");
        Decoded decoded = decode(bytes, htmlByName || looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)));
        if (decoded.text().isBlank()) return FileText.problem("is empty");
        boolean html = htmlByName || looksLikeHtml(decoded.text());
        return new FileText(decoded.text(), html, decoded.warning().map(w -> List.of(file + " " + w)).orElse(List.of()), Optional.empty());
    }

    /** True when the text opens with markup and has an HTML tag in its first 8 KB. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_BYTES)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && HTML_TAG.matcher(head).find();
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        // File-system exceptions put the path first ("/a/b: Is a directory"); the caller names the input already.
        int colon = message.lastIndexOf(": ");
        return colon >= 0 && e instanceof java.nio.file.FileSystemException ? message.substring(colon + 2) : message;
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** The unzipped bytes; throws {@link IOException} with the decoder's reason when the data is not valid gzip. */
    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    /** True for NUL bytes or a large share of control characters and undecodable bytes in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        if (utf16Bom(bytes).isPresent()) return false;
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int suspicious = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b) || b == 0x7f) suspicious++;
        }
        String head = new String(bytes, 0, n, StandardCharsets.UTF_8);
        long replaced = head.chars().filter(c -> c == 0xfffd).count();
        // Windows-1252 text is mostly ASCII, so only data with many undecodable bytes counts as binary.
        return suspicious > n / 20 || replaced > n / 5;
    }

    /** Decodes {@code bytes}; for HTML a meta charset declaration is honoured. */
    static Decoded decode(byte[] bytes, boolean html) {
        Optional<Charset> bom = utf16Bom(bytes);
        if (bom.isPresent()) {
            return new Decoded(normalize(new String(bytes, 2, bytes.length - 2, bom.get())), Optional.empty());
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new Decoded(normalize(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)), Optional.empty());
        }
        if (html) {
            Optional<Charset> declared = declaredCharset(bytes);
            if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
                return new Decoded(normalize(new String(bytes, declared.get())), Optional.empty());
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(normalize(text), Optional.empty());
        } catch (CharacterCodingException e) {
            Charset fallback = Charset.forName("windows-1252");
            return new Decoded(normalize(new String(bytes, fallback)),
                    Optional.of("is not valid UTF-8; read it as Windows-1252"));
        }
    }

    /** CRLF and lone CR become LF; a leading byte-order mark is dropped. Nothing else changes. */
    static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Optional<Charset> utf16Bom(byte[] bytes) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff) return Optional.of(StandardCharsets.UTF_16BE);
            if (b0 == 0xff && b1 == 0xfe) return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers read "iso-8859-1" and "latin1" as Windows-1252, and so do pages in the wild.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) name = "windows-1252";
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
