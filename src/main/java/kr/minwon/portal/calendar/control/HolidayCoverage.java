package kr.minwon.portal.calendar.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How far the office's holiday table reaches, and whether it is time to load the next year: from
 * {@link #WARNING_DAYS} days before its last day (and after it) admins are told, and readiness carries a warning. A
 * deadline after that last day is computed with weekends only and marked provisional ({@link WorkingCalendar#isProvisional}).
 *
 * @param loadedThrough the last day whose holidays are known; empty when the table is empty
 */
public record HolidayCoverage(Optional<LocalDate> loadedThrough) {

    public static final int WARNING_DAYS = 90;

    public static HolidayCoverage of(WorkingCalendar calendar) {
        return new HolidayCoverage(calendar.holidaysLoadedThrough());
    }

    /** Whether admins should hear about it on {@code today}: within 90 days of the table's end, after it, or no table. */
    public boolean warnsOn(LocalDate today) {
        return loadedThrough.map(last -> !today.isBefore(last.minusDays(WARNING_DAYS))).orElse(true);
    }

    /** Days from {@code today} to the table's last day, negative once it has passed; empty without a table. */
    public Optional<Long> daysLeft(LocalDate today) {
        return loadedThrough.map(last -> ChronoUnit.DAYS.between(today, last));
    }

    /** The warning in Korean, as readiness and the admins' banner give it; empty when there is nothing to say. */
    public Optional<String> warning(LocalDate today) {
        if (!warnsOn(today)) {
            return Optional.empty();
        }
        if (loadedThrough.isEmpty()) {
            return Optional.of("공휴일 표가 비어 있습니다: 모든 처리기한이 주말만 빼고 계산되는 잠정 기한입니다. 공휴일을 등록하세요.");
        }
        LocalDate last = loadedThrough.get();
        if (today.isAfter(last)) {
            return Optional.of("공휴일 표가 " + last + "에 끝났습니다: 그 뒤의 처리기한은 주말만 빼고 계산한 잠정 기한입니다. "
                    + (last.getYear() + 1) + "년 공휴일을 등록하세요.");
        }
        return Optional.of("공휴일 표가 " + last + "에 끝납니다 (" + daysLeft(today).orElseThrow() + "일 남음): 그 뒤의 처리기한은 "
                + "주말만 빼고 계산한 잠정 기한이 됩니다. " + (last.getYear() + 1) + "년 공휴일을 등록하세요.");
    }
}
