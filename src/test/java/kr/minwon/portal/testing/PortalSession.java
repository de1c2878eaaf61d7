package kr.minwon.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the portal over plain HTTP: keeps cookies like a browser, follows no redirects (tests look at them),
 * and signs in through the real login form (GET the page, read its view state, POST the fields a browser posts).
 */
public final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** PrimeFaces' CSP nonce; its script adds it to every form post, and a postback without it is refused. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final PortalServer server;
    private final HttpClient client;

    /** Headers sent with every request of this visitor (e.g. a trusted proxy's X-Forwarded-For). */
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** Sends this header with every later request (returns this visitor). */
    public PortalSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public PortalSession(PortalServer server) {
        this.server = server;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static PortalSession anonymous() {
        return new PortalSession(PortalServer.shared());
    }

    /** A session signed in as this user; fails the test if the login page does not send it on. */
    public static PortalSession signedIn(String username, String password) {
        PortalSession session = anonymous();
        HttpResponse<String> r = session.signIn(username, password);
        if (r.statusCode() != 302 || location(r).contains("/login.xhtml")) {
            throw new AssertionError(
                    "sign-in of " + username + " failed: HTTP " + r.statusCode() + " " + location(r) + "\n" + r.body());
        }
        return session;
    }

    public static PortalSession signedIn(DemoUser user) {
        return signedIn(user.username(), PortalServer.DEMO_PASSWORD);
    }

    /** Posts the login form as a browser does; returns the POST's response (302 on success, the page on failure). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        if (page.statusCode() != 200) {
            throw new AssertionError("login page answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:signIn", "");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page.body()));
        return postForm("/login.xhtml", form);
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no jakarta.faces.ViewState in the page:\n" + html);
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** The markup of a table body by its id, from its start tag to its end; fails when the page has no such body. */
    public static String tbody(String html, String id) {
        int start = html.indexOf("<tbody id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no table body " + id + " in the page:\n" + html);
        }
        return html.substring(start, html.indexOf("</tbody>", start));
    }

    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSP nonce in the page:\n" + html);
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET());
    }

    /**
     * Posts the form {@code form} of {@code page} (the HTML of the page it came from) to {@code path} as a browser would:
     * the form's own marker, the given fields, and the page's view state and nonce.
     */
    public HttpResponse<String> submit(String path, String page, String form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState(page));
        all.put("primefaces.nonce", nonce(page));
        return postForm(path, all);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A REST call with the test API key (all scopes), without a session; {@code body} null sends none. */
    public static HttpResponse<String> api(String method, String path, String contentType, byte[] body) {
        PortalSession s = anonymous();
        HttpRequest.Builder r =
                HttpRequest.newBuilder(s.uri(path)).header("Authorization", "Bearer " + PortalServer.API_KEY);
        if (body == null) {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            r.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return s.send(r);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is kept as bytes (PDF, Excel downloads). */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(server.uri(path))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts the form {@code form} of {@code page} as {@link #submit} does and keeps the answer as bytes: what a
     * download button (p:fileDownload, ajax="false") sends back.
     */
    public HttpResponse<byte[]> download(String path, String page, String form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState(page));
        all.put("primefaces.nonce", nonce(page));
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return server.uri(path);
    }

    /** The value of one of this visitor's cookies (e.g. JSESSIONID), or null. */
    public String cookie(String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(name))
                        .map(java.net.HttpCookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** True for a redirect to the login page, the answer to anonymous page requests. */
    public static boolean isRedirectToLogin(HttpResponse<?> response) {
        return (response.statusCode() == 302 || response.statusCode() == 303)
                && URI.create(location(response)).getPath().equals("/login.xhtml");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
