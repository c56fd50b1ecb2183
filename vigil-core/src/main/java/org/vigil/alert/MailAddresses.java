package org.vigil.alert;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks e-mail addresses strictly, so that no address can carry a line break or a second header into a message. */
final class MailAddresses {
    private MailAddresses() {
    }

    /** The address, bare ({@code name@example.org}); anything else, a display name or a list, is refused. */
    static String check(String address) {
        if (address == null || address.isBlank()) throw new InvalidWatchlist(java.util.List.of("E-mail address must not be blank"));
        if (address.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f) || address.contains(",") || address.contains(";")) {
            throw new InvalidWatchlist(java.util.List.of("E-mail address must be one plain address like analyst@example.org, got '"
                    + address.replaceAll("\\p{Cntrl}", "\\\\n") + "'"));
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address.trim())) throw new AddressException("not a bare address");
            return parsed.getAddress();
        } catch (AddressException e) {
            throw new InvalidWatchlist(java.util.List.of("E-mail address must be one plain address like analyst@example.org, got '" + address + "'"));
        }
    }
}
