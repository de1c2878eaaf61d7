package kr.minwon.portal.mileage.boundary;

import java.io.Serializable;
import java.util.List;
import kr.minwon.portal.mileage.control.MonthlyPoints;

/**
 * What /mileage/mine.xhtml shows when it opens ({@link MileageHistory#page}): the periods to choose from, the person's
 * figures for the period shown, points by month, and the first page of ledger lines with the count of all of them.
 */
public record MileagePage(
        List<String> periods,
        MyMileage mine,
        List<MonthlyPoints.Month> months,
        long entryCount,
        List<EntryLine> entries)
        implements Serializable {

    public MileagePage {
        periods = List.copyOf(periods);
        months = List.copyOf(months);
        entries = List.copyOf(entries);
    }
}
