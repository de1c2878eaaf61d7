package kr.minwon.portal.platform.faces;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's own static resources (portal.css, portal-a11y.js: those without a library) get a fingerprint of their
 * content in the URL ({@code ?v=} the first 10 hex digits of its SHA-256), and a request that names the current
 * fingerprint is answered with a year's {@code max-age} and {@code immutable}: browsers do not ask again, and a changed
 * file has another URL, so a new release is never served from an old cache. Without the fingerprint (or with an old
 * one) the resource keeps Faces' own headers (a week, revalidated by ETag). PrimeFaces' resources carry their own
 * version ({@code v=15.0.x}) and are left alone.
 */
public class FingerprintedResources extends ResourceHandlerWrapper {

    static final String PARAM = "v";

    static final String LONG_CACHE = "public, max-age=31536000, immutable";

    /** Fingerprint per resource name: the files are in the WAR and do not change while it runs. */
    private static final Map<String, String> FINGERPRINTS = new ConcurrentHashMap<>();

    public FingerprintedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return fingerprinted(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return fingerprinted(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return fingerprinted(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    private static Resource fingerprinted(Resource resource, String libraryName) {
        if (resource == null || (libraryName != null && !libraryName.isEmpty())) {
            return resource;
        }
        String fingerprint = fingerprint(resource);
        return fingerprint == null ? resource : new Fingerprinted(resource, fingerprint);
    }

    private static String fingerprint(Resource resource) {
        String name = resource.getResourceName();
        String known = FINGERPRINTS.get(name);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String computed;
        try (InputStream in = resource.getInputStream()) {
            if (in == null) {
                computed = "";
            } else {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
                computed = HexFormat.of().formatHex(sha.digest()).substring(0, 10);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        FINGERPRINTS.put(name, computed);
        return computed.isEmpty() ? null : computed;
    }

    /** A resource whose URL names its fingerprint, cached for a year when asked for by that URL. */
    static final class Fingerprinted extends ResourceWrapper {

        private final String fingerprint;

        Fingerprinted(Resource wrapped, String fingerprint) {
            super(wrapped);
            this.fingerprint = fingerprint;
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            return path + (path.indexOf('?') < 0 ? '?' : '&') + PARAM + "=" + fingerprint;
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            Map<String, String> headers = super.getResponseHeaders();
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null
                    && fingerprint.equals(
                            faces.getExternalContext().getRequestParameterMap().get(PARAM))) {
                headers.put("Cache-Control", LONG_CACHE);
                headers.remove("Expires");
            }
            return headers;
        }
    }
}
