package kr.minwon.portal.bestpractice.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * {@code /cases/file?id=}: an attachment for someone who may see its case, always as a download (never rendered
 * inline), typed as its content was checked to be, with nosniff. Anyone else gets 404, as if there were no file.
 */
@WebServlet("/cases/file")
public class CaseFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseAuthoring caseAuthoring;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long id;
        try {
            id = Long.valueOf(req.getParameter("id"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaseAuthoring.Download d;
        try {
            d = caseAuthoring.download(id);
        } catch (CaseNotFound | EJBAccessException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof CaseNotFound || e instanceof EJBAccessException) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        resp.setContentType(d.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        try {
            resp.setContentLengthLong(Files.size(d.file()));
            Files.copy(d.file(), resp.getOutputStream());
        } catch (NoSuchFileException e) {
            resp.reset();
            resp.sendError(HttpServletResponse.SC_GONE);
        }
    }
}
