package kr.minwon.portal.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The size of an upload (a multipart request to a page) by path, checked before anything reads the body: the case
 * editor takes one attachment up to {@code portal.cases.attachment.max.bytes}; every other page at most
 * {@code portal.upload.max.bytes} (10 MB). The Faces servlet's multipart-config is only the outer bound. A multipart
 * request without a Content-Length (chunked) is refused: browsers always send one. The REST API has its own limits.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class UploadLimits extends HttpFilter {

    /** Room for the form's other fields and the multipart framing around one file. */
    static final long FORM_OVERHEAD = 1024 * 1024;

    static final String CASE_EDITOR = "/cases/edit.xhtml";

    @Inject
    @ConfigProperty(name = "portal.upload.max.bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "portal.cases.attachment.max.bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path, maxBytes, maxAttachmentBytes);
        if (length < 0) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        if (length > limit) {
            SecurityHeaders.apply(request, response);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static long limitFor(String path, long maxBytes, long maxAttachmentBytes) {
        return path.equals(CASE_EDITOR) ? Math.max(maxBytes, maxAttachmentBytes + FORM_OVERHEAD) : maxBytes;
    }
}
