package kr.minwon.portal.dashboard.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The bundle texts a report file is written with: Korean by default, as the office files it. */
public final class ReportLabels {

    private static final String BUNDLE = "kr.minwon.portal.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportLabels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ReportLabels of(Locale locale) {
        return new ReportLabels(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    public static ReportLabels korean() {
        return of(Locale.KOREAN);
    }

    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** A rate as "95.3%", or the bundle's "no data" when there was nothing to divide by. */
    public String rate(BigDecimal rate) {
        return rate == null ? text("dashboard.noRate") : rate.toPlainString() + "%";
    }
}
