package kr.minwon.portal.notice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.petition.boundary.PetitionAccessDenied;
import kr.minwon.portal.petition.boundary.PetitionNotFound;

/** Feeds the include /WEB-INF/includes/petition-notices.xhtml: the notices of the petition it is given. */
@Named
@RequestScoped
public class PetitionNoticesView {

    @Inject
    NoticeLog log;

    private final Map<String, List<NoticeLog.Entry>> loaded = new HashMap<>();

    public List<NoticeLog.Entry> of(String receiptNo) {
        if (receiptNo == null || receiptNo.isBlank()) {
            return List.of();
        }
        return loaded.computeIfAbsent(receiptNo, no -> {
            try {
                return log.ofPetition(no);
            } catch (PetitionNotFound | PetitionAccessDenied e) {
                return List.of();
            }
        });
    }
}
