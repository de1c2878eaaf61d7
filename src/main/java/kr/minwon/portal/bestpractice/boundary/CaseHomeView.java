package kr.minwon.portal.bestpractice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's reviewer card: the cases under review that are assigned to the caller. */
@Named
@RequestScoped
public class CaseHomeView {

    @Inject
    CaseBoard board;

    private Long awaitingReview;

    public long getAwaitingReview() {
        if (awaitingReview == null) {
            awaitingReview = board.awaitingMyReviewCount();
        }
        return awaitingReview;
    }
}
