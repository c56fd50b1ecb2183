package org.vigil.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of a fetched body, decoded with the charset its Content-Type declares when that fits the
 * bytes, else sniffed like a file; {@code warning} says when the declared charset was set aside.
 */
public record PageText(String text, Optional<String> warning) {

    static PageText decode(byte[] body, Optional<String> declared, boolean html) {
        Optional<Charset> charset = declared.flatMap(PageText::charsetNamed);
        if (charset.isPresent()) {
            Charset c = charset.get();
            boolean singleByteWestern = c.name().equals("ISO-8859-1") || c.name().equals("windows-1252") || c.name().equals("US-ASCII");
            Optional<String> strictUtf8 = strict(body, StandardCharsets.UTF_8);
            // Servers often declare Latin-1 for pages that are UTF-8; valid multi-byte UTF-8 is almost never Latin-1 text.
            if (singleByteWestern && strictUtf8.isPresent() && hasNonAscii(body)) {
                return new PageText(TextDecoding.normalize(strictUtf8.get()),
                        Optional.of("declares charset " + declared.get() + " but is UTF-8; read it as UTF-8"));
            }
            Optional<String> text = singleByteWestern
                    ? Optional.of(new String(body, Charset.forName("windows-1252")))
                    : strict(body, c);
            if (text.isPresent()) return new PageText(TextDecoding.normalize(text.get()), Optional.empty());
            TextDecoding.Decoded sniffed = TextDecoding.decode(body, html);
            return new PageText(sniffed.text(), Optional.of("is not valid " + declared.get() + " as its header declares; "
                    + sniffed.warning().orElse("read it as the page itself declares")));
        }
        TextDecoding.Decoded sniffed = TextDecoding.decode(body, html);
        return new PageText(sniffed.text(), sniffed.warning());
    }

    private static Optional<Charset> charsetNamed(String name) {
        try {
            return Optional.of(Charset.forName(name.strip().replace("\"", "").toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] body, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) if (b < 0) return true;
        return false;
    }
}
