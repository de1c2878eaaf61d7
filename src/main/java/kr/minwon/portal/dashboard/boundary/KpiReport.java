package kr.minwon.portal.dashboard.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.dashboard.control.KpiFormulas;
import kr.minwon.portal.dashboard.control.KpiTotals;
import kr.minwon.portal.petition.entity.Channel;

/** Everything the dashboard and the API show for a range. */
public record KpiReport(
        Kpis.Filter filter,
        LocalDateTime asOf,
        KpiTotals totals,
        long open,
        long openOverdue,
        long atRisk,
        int atRiskDays,
        Map<Channel, Long> byChannel,
        long residentOut,
        long residentKnown,
        List<Kpis.Line> byMonth,
        List<Kpis.Line> byDepartment,
        long[] byHour,
        long[] byDayOfWeek)
        implements Serializable {

    public BigDecimal outOfDistrictShare() {
        return KpiFormulas.share(residentOut, residentKnown);
    }

    /** Received on Saturday or Sunday. */
    public long weekend() {
        return byDayOfWeek[5] + byDayOfWeek[6];
    }

    public BigDecimal weekendShare() {
        return KpiFormulas.share(weekend(), totals.completed());
    }
}
