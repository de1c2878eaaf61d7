package kr.minwon.portal.notice.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import kr.minwon.portal.notice.control.DeliveryChannel;
import kr.minwon.portal.notice.control.NoticeChannel;
import kr.minwon.portal.notice.control.NoticeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMS or 알림톡 through the office's HTTP gateway: POST {"to", "text"} as JSON with a Bearer key; any 2xx is sent.
 * Off while portal.sms.url is empty.
 */
@ApplicationScoped
public class SmsChannel implements NoticeChannel {

    @Inject
    @ConfigProperty(name = "portal.sms.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "portal.sms.key")
    Optional<String> key;

    private String fixedUrl;
    private String fixedKey;
    private volatile HttpClient client;

    public SmsChannel() {}

    /** A channel with a fixed gateway, for tests and tools. */
    public SmsChannel(String url, String key) {
        this.fixedUrl = url;
        this.fixedKey = key;
    }

    private String url() {
        return fixedUrl != null ? fixedUrl : url.orElse("");
    }

    private String key() {
        return fixedKey != null ? fixedKey : key.orElse("");
    }

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.SMS;
    }

    @Override
    public boolean enabled() {
        return url() != null && !url().isBlank();
    }

    @Override
    public void send(String address, NoticeText text) throws IOException, InterruptedException {
        String json = JSON.createObjectBuilder()
                .add("to", address)
                .add("text", text.sms())
                .build()
                .toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + key())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response =
                client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new IOException("SMS gateway answered " + response.statusCode() + ": "
                    + (body.length() > 200 ? body.substring(0, 200) : body));
        }
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }
        return client;
    }
}
