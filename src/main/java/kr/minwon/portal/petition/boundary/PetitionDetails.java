package kr.minwon.portal.petition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import kr.minwon.portal.calendar.boundary.OfficeCalendar;
import kr.minwon.portal.petition.control.Deadline;
import kr.minwon.portal.petition.control.DeadlineBadge;
import kr.minwon.portal.petition.control.DeadlineCalculator;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionEvent;
import kr.minwon.portal.petition.entity.PetitionExtension;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.staff.entity.Role;

/** One petition with everything its detail page shows. */
@Stateless
public class PetitionDetails {

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar calendar;

    @Inject
    PetitionLookup lookup;

    /**
     * One petition with what its detail page shows; visibility as {@link Petitions#find} decides it.
     *
     * @throws PetitionNotFound when there is none, or none the caller may see
     */
    @RolesAllowed({Role.EMPLOYEE_NAME, Role.MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public PetitionQueries.Detail detail(String receiptNo) {
        Petition p = lookup.find(receiptNo);
        LocalDateTime now = LocalDateTime.now(clock);
        // Touch what the page shows while the transaction is open.
        p.getType().getName();
        p.getHandler().getName();
        p.getUnit().getName();
        if (p.getDepartment() != null) {
            p.getDepartment().getName();
        }
        List<PetitionStop> stops = p.getStops();
        List<PetitionExtension> extensions = p.getExtensions();
        List<PetitionEvent> timeline = lookup.timeline(receiptNo);
        Deadline d = new DeadlineCalculator(calendar.calendar())
                .compute(p.getReceivedAt(), p.period(), p.clockStops(), p.legalExtensions());
        LocalDateTime at = p.isCompleted() ? p.getApprovedAt() : now;
        long used = d.usedMinutes(at);
        DeadlineBadge badge = DeadlineBadge.of(calendar.calendar(), p.getDeadline(), p.getMode(), p.getStatus(), now);
        return new PetitionQueries.Detail(
                p,
                stops,
                extensions,
                timeline,
                badge,
                used,
                d.allowedMinutes() - used,
                d.allowedMinutes(),
                d.clockStart(),
                lookup.mayChange(p),
                now);
    }
}
