package kr.minwon.portal.staff.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import kr.minwon.portal.platform.csv.ImportResult;
import kr.minwon.portal.platform.csv.UploadLimit;
import kr.minwon.portal.platform.rest.PayloadTooLarge;
import kr.minwon.portal.staff.entity.Role;

/**
 * {@code POST /api/v1/imports/departments} and {@code /imports/staff}: the CSV file as the body (text/csv or
 * application/octet-stream, UTF-8 or CP949), answered 200 with the counts, 422 with every bad row, 413 over 50 MB.
 * A stateless bean so that {@code @RolesAllowed} is enforced by the container; the import's transaction is its own.
 */
@Stateless
@Path("imports")
@RolesAllowed({Role.ADMIN_NAME, StaffImports.API_IMPORTS})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Produces(MediaType.APPLICATION_JSON)
public class StaffImportResource {

    public static final String TEXT_CSV = "text/csv";

    @Inject
    StaffImports imports;

    @POST
    @Path("departments")
    @Consumes({TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM})
    public JsonObject departments(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return toJson(
                imports.importDepartments(PayloadTooLarge.guard(body, length, UploadLimit.CSV_IMPORT.maxBytes())));
    }

    @POST
    @Path("staff")
    @Consumes({TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM})
    public JsonObject staff(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return toJson(imports.importStaff(PayloadTooLarge.guard(body, length, UploadLimit.CSV_IMPORT.maxBytes())));
    }

    static JsonObject toJson(ImportResult result) {
        return JSON.createObjectBuilder()
                .add("created", result.created())
                .add("updated", result.updated())
                .add("unchanged", result.unchanged())
                .add("warnings", JSON.createArrayBuilder(result.warnings()))
                .build();
    }
}
