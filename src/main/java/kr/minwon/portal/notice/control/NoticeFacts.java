package kr.minwon.portal.notice.control;

import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.DeadlineMode;

/**
 * What the planner needs to know about a petition.
 *
 * @param open neither completed nor waiting on an open clock stop (a stopped clock has no known deadline)
 * @param noticeEligible the petition type's catalogue flag
 */
public record NoticeFacts(
        LocalDateTime receivedAt,
        LocalDateTime deadline,
        DeadlineMode mode,
        double legalDays,
        boolean open,
        boolean noticeEligible) {}
