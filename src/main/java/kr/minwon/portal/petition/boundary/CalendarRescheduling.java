package kr.minwon.portal.petition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import kr.minwon.portal.calendar.boundary.CalendarChanged;

/**
 * Petition's answer to a calendar change: the open petitions whose period spans a changed day get their deadlines
 * recomputed (their original deadline stays), in the change's own transaction. Calendar fires, petition listens, so
 * calendar knows nothing of petitions.
 */
@ApplicationScoped
public class CalendarRescheduling {

    @Inject
    Petitions petitions;

    @Inject
    PetitionClock petitionClock;

    void onCalendarChanged(@Observes CalendarChanged change) {
        for (LocalDate day : change.days()) {
            change.movedDeadlines(petitionClock.rescheduleAround(day));
        }
    }
}
