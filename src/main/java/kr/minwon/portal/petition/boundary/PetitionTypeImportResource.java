package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import kr.minwon.portal.platform.csv.UploadLimit;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code POST /api/v1/imports/petition-types}: the catalogue as CSV, all or nothing. 200 with the counts, or 422 with
 * every bad row in the problem's {@code errors}. Roles are checked here as well as in the facade so that a refused
 * caller gets a problem document rather than a container error page.
 */
@Path("imports/petition-types")
@RequestScoped
public class PetitionTypeImportResource {

    @Inject
    PetitionTypeImports imports;

    @Context
    SecurityContext security;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response upload(InputStream body) throws IOException {
        if (!(security.isUserInRole(Role.ADMIN_NAME)
                || security.isUserInRole("API_ADMIN")
                || security.isUserInRole("API_IMPORTS"))) {
            return problem(new Problem(403, "Forbidden", Texts.t("petition.msg.PetitionTypeImportResource.1")));
        }
        UploadLimit limit = UploadLimit.CATALOGUE;
        byte[] bytes = body.readNBytes(Math.toIntExact(limit.maxBytes() + 1));
        if (limit.exceeds(bytes.length)) {
            return problem(new Problem(
                    413, "Payload Too Large", Texts.t("platform.msg.fileTooLarge", String.valueOf(limit.megabytes()))));
        }
        try {
            return Response.ok(
                            PetitionImportResource.json(imports.importCsv(new ByteArrayInputStream(bytes))),
                            MediaType.APPLICATION_JSON)
                    .build();
        } catch (PetitionTypeImportRefused e) {
            List<Problem.FieldError> errors = e.problems().stream()
                    .map(p -> new Problem.FieldError(
                            p.column(),
                            p.rowNumber(),
                            p.value() == null ? p.message() : p.message() + ": " + p.value()))
                    .toList();
            return problem(new Problem(422, "Unprocessable Content", e.getMessage(), errors));
        }
    }

    private static Response problem(Problem p) {
        return Response.status(p.status())
                .type(Problem.MEDIA_TYPE)
                .entity(p.toJson().toString())
                .build();
    }
}
