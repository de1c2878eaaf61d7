package kr.minwon.portal.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal's own resources carry a fingerprint of their content in the URL; libraries' resources do not. */
class FingerprintedResourcesTest {

    @Test
    void ownResourcesNameTheirContentInTheUrl() {
        FingerprintedResources handler = new FingerprintedResources(new Files(Map.of(
                "css/a.css", "body { color: black }",
                "css/b.css", "body { color: navy }",
                "css/c.css", "body { color: black }")));

        String a = handler.createResource("css/a.css").getRequestPath();
        String b = handler.createResource("css/b.css").getRequestPath();
        String c = handler.createResource("css/c.css", null).getRequestPath();

        assertTrue(a.matches("/jakarta\\.faces\\.resource/css/a\\.css\\.xhtml\\?v=[0-9a-f]{10}"), a);
        // Another content, another URL (a release busts the browser's cache); the same content, the same fingerprint.
        assertNotEquals(a.substring(a.indexOf("?v=")), b.substring(b.indexOf("?v=")));
        assertEquals(a.substring(a.indexOf("?v=")), c.substring(c.indexOf("?v=")));
        assertEquals(a, handler.createResource("css/a.css").getRequestPath());
    }

    @Test
    void librariesKeepTheirOwnVersion() {
        Files files = new Files(Map.of("theme.css", "x"));
        Resource plain = files.createResource("theme.css", "primefaces");
        assertSame(
                plain.getClass(),
                new FingerprintedResources(files)
                        .createResource("theme.css", "primefaces")
                        .getClass());
        assertEquals(
                "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces",
                new FingerprintedResources(files)
                        .createResource("theme.css", "primefaces")
                        .getRequestPath());
    }

    /** Resources from a map of names to contents. */
    private static final class Files extends ResourceHandlerWrapper {
        private final Map<String, String> contents;

        Files(Map<String, String> contents) {
            super(null);
            this.contents = contents;
        }

        @Override
        public Resource createResource(String name) {
            return createResource(name, null);
        }

        @Override
        public Resource createResource(String name, String library) {
            return new Plain(name, library, contents.get(name));
        }

        @Override
        public Resource createResource(String name, String library, String contentType) {
            return createResource(name, library);
        }

        @Override
        public ResourceHandler getWrapped() {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Plain extends Resource {
        private final String content;

        Plain(String name, String library, String content) {
            setResourceName(name);
            setLibraryName(library);
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            return new HashMap<>();
        }

        @Override
        public String getRequestPath() {
            return "/jakarta.faces.resource/" + getResourceName() + ".xhtml"
                    + (getLibraryName() == null ? "" : "?ln=" + getLibraryName());
        }

        @Override
        public URL getURL() {
            return null;
        }

        @Override
        public boolean userAgentNeedsUpdate(jakarta.faces.context.FacesContext context) {
            return true;
        }
    }
}
