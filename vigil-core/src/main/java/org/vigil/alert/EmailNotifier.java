package org.vigil.alert;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.vigil.alert.AlertSettings.SmtpSettings;

/**
 * Delivers notifications as plain-text e-mail over SMTP (Jakarta Mail): one message per alert, or one
 * digest per window. The subject is one line without control characters and the recipient a checked
 * bare address, so nothing in an alert can add a header; the idempotency key is the Message-ID.
 */
public final class EmailNotifier implements Notifier {
    private final SmtpSettings smtp;
    private final Session session;

    public EmailNotifier(SmtpSettings smtp) {
        this.smtp = smtp;
        Properties p = new Properties();
        String protocol = smtp.tls() == AlertSettings.Tls.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", Integer.toString(smtp.port()));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        if (smtp.tls() == AlertSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.tls() != AlertSettings.Tls.NONE) p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        Authenticator authenticator = null;
        if (smtp.user().isPresent()) {
            p.put("mail." + protocol + ".auth", "true");
            String user = smtp.user().get();
            String password = smtp.password().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        this.session = Session.getInstance(p, authenticator);
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryFailure {
        String to = outgoing.target().address();
        try {
            MimeMessage message = new KeyedMessage(session, "<" + outgoing.idempotencyKey() + "@vigil>");
            message.setFrom(new InternetAddress(smtp.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(MailAddresses.check(to), true));
            message.setSubject(subject(outgoing), "UTF-8");
            message.setHeader("X-Vigil-Idempotency-Key", outgoing.idempotencyKey());
            message.setText(text(outgoing), "UTF-8");
            Transport.send(message);
        } catch (SendFailedException e) {
            throw new DeliveryFailure("E-mail to " + to + " was refused: " + e.getMessage(), e.getValidUnsentAddresses() == null, e);
        } catch (MessagingException e) {
            throw new DeliveryFailure("E-mail to " + to + " via " + smtp.host() + ":" + smtp.port() + " failed: " + e.getMessage(), false, e);
        }
    }

    static String subject(Outgoing outgoing) {
        if (outgoing.notifications().size() == 1) return AlertText.oneLine("[Vigil] " + outgoing.notifications().get(0).title());
        return "[Vigil] Digest: " + outgoing.notifications().size() + " alerts";
    }

    static String text(Outgoing outgoing) {
        StringBuilder s = new StringBuilder();
        for (Notification n : outgoing.notifications()) {
            if (outgoing.notifications().size() > 1) s.append("== ").append(n.title()).append(" ==\n");
            s.append(n.body()).append("\n");
            if (!n.watchlists().isEmpty()) s.append("Watchlists: ").append(String.join(", ", n.watchlists())).append('\n');
            s.append('\n');
        }
        return s.append("-- \nVigil alerts for ").append(outgoing.target().owner()).append(". Manage them under Alerts in Vigil.\n").toString();
    }

    /** A message whose Message-ID is the delivery's idempotency key, not one Jakarta Mail makes up on send. */
    private static final class KeyedMessage extends MimeMessage {
        private final String messageId;

        KeyedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
