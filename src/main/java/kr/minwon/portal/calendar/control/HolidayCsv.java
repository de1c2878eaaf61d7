package kr.minwon.portal.calendar.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads holidays in the {@code date,name,kind} format of the bundled holidays-kr.csv. */
public final class HolidayCsv {

    /** Classpath location of the holidays shipped with the portal. */
    public static final String BUNDLED = "/kr/minwon/portal/calendar/holidays-kr.csv";

    private HolidayCsv() {}

    public static List<Holiday> bundled() {
        InputStream in = HolidayCsv.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("Missing bundled holiday file " + BUNDLED);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names hold no commas in the source data, so a plain split is enough and keeps this free of libraries. */
    public static List<Holiday> read(Reader source) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        List<Holiday> holidays = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = number == 1 ? stripByteOrderMark(line).strip() : line.strip();
            if (text.isEmpty() || text.startsWith("#") || (number == 1 && text.startsWith("date,"))) {
                continue;
            }
            holidays.add(parse(text, number));
        }
        return holidays;
    }

    private static Holiday parse(String text, int number) {
        String[] fields = text.split(",", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("Line " + number + ": expected date,name,kind but got: " + text);
        }
        try {
            LocalDate date = LocalDate.parse(fields[0].strip());
            HolidayKind kind = HolidayKind.valueOf(fields[2].strip().toUpperCase(Locale.ROOT));
            return new Holiday(date, fields[1], kind);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
        }
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
