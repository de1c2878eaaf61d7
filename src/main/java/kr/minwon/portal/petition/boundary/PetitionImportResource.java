package kr.minwon.portal.petition.boundary;

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
import kr.minwon.portal.staff.boundary.StaffImportResource;
import kr.minwon.portal.staff.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/imports/petitions} and {@code /imports/stops}: the CSV file as the body (text/csv or
 * application/octet-stream; UTF-8 with or without BOM, or CP949), answered 200 with the counts, 422 with every bad
 * row, 413 over 50 MB. The import runs in its own transaction (the facade's), not this bean's.
 */
@Stateless
@Path("imports")
@RolesAllowed({Role.ADMIN_NAME, PetitionImports.API_IMPORTS})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "CSV bulk imports (all or nothing)")
public class PetitionImportResource {

    @Inject
    PetitionImports imports;

    @Inject
    PetitionStopImports stopImports;

    @POST
    @Path("petitions")
    @Consumes({StaffImportResource.TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import a petitions CSV: 200 {created, updated, unchanged, warnings} or 422 with every bad row")
    public JsonObject petitions(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return json(
                imports.importPetitions(PayloadTooLarge.guard(body, length, UploadLimit.CSV_IMPORT.maxBytes()), null));
    }

    @POST
    @Path("stops")
    @Consumes({StaffImportResource.TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a clock-stops CSV (receipt_no, reason, started_at, ended_at): same answers")
    public JsonObject stops(@HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, InputStream body) {
        return json(
                stopImports.importStops(PayloadTooLarge.guard(body, length, UploadLimit.CSV_IMPORT.maxBytes()), null));
    }

    static JsonObject json(ImportResult result) {
        return JSON.createObjectBuilder()
                .add("created", result.created())
                .add("updated", result.updated())
                .add("unchanged", result.unchanged())
                .add("warnings", JSON.createArrayBuilder(result.warnings()))
                .build();
    }
}
