package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertSettingsTest {
    @TempDir
    Path dir;

    @Test
    void readsSmtpFromTheConfigFileAndLetsEnvironmentVariablesWin() throws Exception {
        Path config = Files.writeString(dir.resolve("config"), """
                smtp.host = mail.example.org
                smtp.tls = ssl
                smtp.user = vigil
                smtp.password = secret
                smtp.from = alerts@example.org
                webhook.allowPrivate = true
                """);
        AlertSettings s = AlertSettings.load(Map.of("VIGIL_SMTP_USER", "other"), config);
        AlertSettings.SmtpSettings smtp = s.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("mail.example.org");
        assertThat(smtp.port()).isEqualTo(465);
        assertThat(smtp.tls()).isEqualTo(AlertSettings.Tls.SSL);
        assertThat(smtp.user()).contains("other");
        assertThat(smtp.from()).isEqualTo("alerts@example.org");
        assertThat(s.allowPrivateWebhooks()).isTrue();
    }

    @Test
    void withoutSettingsThereIsNoEmailAndNoPrivateWebhook() {
        AlertSettings s = AlertSettings.load(Map.of(), dir.resolve("missing"));
        assertThat(s.smtp()).isEqualTo(Optional.empty());
        assertThat(s.allowPrivateWebhooks()).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCap() {
        AlertSettings s = AlertSettings.defaults().withRetries(8, Duration.ofSeconds(2), Duration.ofSeconds(20));
        assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(s.backoff(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(s.backoff(5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.backoff(40)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void rejectsAPortThatIsNotANumber() {
        assertThatThrownBy(() -> AlertSettings.load(Map.of("VIGIL_SMTP_HOST", "mail", "VIGIL_SMTP_PORT", "smtp"), dir.resolve("config")))
                .hasMessage("VIGIL_SMTP_PORT (or smtp.port in " + dir.resolve("config") + ") must be a whole number, got 'smtp'");
    }
}
