package kr.minwon.portal.petition.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The top bar's receipt-number search (/petitions/find.xhtml?no=): an exact receipt number opens the petition's page
 * when the caller may see it (PetitionLookup: auditors and admins the whole office, others their own, their unit's or
 * department's). An unknown number and one the caller may not see get the same 404 page and words, so the search
 * never tells whether a petition exists.
 */
@Named
@RequestScoped
public class ReceiptSearchView {

    /** Receipt numbers are short codes; anything longer is not one, and is not echoed back at length. */
    static final int MAX_LENGTH = 40;

    @Inject
    PetitionLookup lookup;

    private String no;

    /** f:viewAction: to the petition's page, or the not-found answer. */
    public String find() {
        String wanted = no == null ? "" : no.strip();
        if (!wanted.isEmpty() && wanted.length() <= MAX_LENGTH) {
            try {
                String found = lookup.find(wanted).getReceiptNo();
                return "/petitions/detail?faces-redirect=true&no=" + URLEncoder.encode(found, StandardCharsets.UTF_8);
            } catch (PetitionNotFound | EJBAccessException hidden) {
                // Not there, or not the caller's to see: the same answer either way.
            }
        }
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        return null;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    /** The number as typed, shortened for the answer. */
    public String getShown() {
        String s = no == null ? "" : no.strip();
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) + "…" : s;
    }
}
