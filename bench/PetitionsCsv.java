import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes a petitions CSV (INTERFACES.md §1) of N rows for the demo office: type codes of the demo catalogue, demo
 * handlers (100001.. and 900001), receipts spread over the year before today, three in four completed.
 *
 * <p>Rows come in receipt order, receipt numbers rising with the time of receipt, as the core system (새올) numbers
 * petitions and exports them; ORDER {@code random} keeps the numbers in file order but draws each receipt time
 * at random over the year instead (the worst case for the database's indexes on times and deadlines).
 * Usage: java bench/PetitionsCsv.java ROWS FILE [PREFIX [ORDER]]   (ORDER: receipt (default) or random)
 */
public final class PetitionsCsv {

    private static final String[] TYPES = {"C0001", "C0002", "C0003", "C0004", "C0005", "C0006", "C0007", "B0001",
        "B0002", "B0003", "B0004", "H0001", "H0002", "L0001", "L0002", "L0003", "T0001", "T0002", "T0003", "R0001",
        "R0002", "R0003", "E0001", "E0002", "F0001", "F0002", "W0001", "W0002", "W0003", "G0001", "G0002", "G0003",
        "G0004", "G0005", "G0006", "G0007"};
    private static final String[] CHANNELS = {"COUNTER", "COUNTER", "COUNTER", "ONLINE", "ONLINE", "KIOSK", "NIGHT",
        "OFFICE365", "MAIL", "FAX"};
    private static final String[] OUTCOMES = {"GRANTED", "GRANTED", "GRANTED", "GRANTED", "GRANTED", "GRANTED",
        "REFUSED", "RETURNED", "WITHDRAWN"};
    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        String prefix = args.length > 2 ? args[2] : "B";
        String order = args.length > 3 ? args[3] : "receipt";
        if (!order.equals("receipt") && !order.equals("random")) {
            throw new IllegalArgumentException("ORDER is receipt or random, not " + order);
        }
        boolean receiptOrder = order.equals("receipt");
        SplittableRandom random = new SplittableRandom(7);
        LocalDate first = LocalDate.now().minusDays(366);
        // The receipt times first, so that in receipt order the i-th number gets the i-th time.
        LocalDateTime[] receipts = new LocalDateTime[rows];
        for (int i = 0; i < rows; i++) {
            receipts[i] = first.plusDays(random.nextInt(350)).atTime(9, 0).plusMinutes(random.nextInt(540));
        }
        if (receiptOrder) {
            Arrays.sort(receipts);
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("receipt_no,type_code,received_at,handler_no,channel,resident,approved_at,closed_at,outcome\n");
            for (int i = 1; i <= rows; i++) {
                LocalDateTime received = receipts[i - 1];
                String handler = random.nextInt(20) == 0 ? "900001" : String.valueOf(100001 + random.nextInt(150));
                StringBuilder line = new StringBuilder(120)
                        .append(prefix).append('-').append(String.format("%08d", i)).append(',')
                        .append(TYPES[random.nextInt(TYPES.length)]).append(',')
                        .append(F.format(received)).append(',')
                        .append(handler).append(',')
                        .append(CHANNELS[random.nextInt(CHANNELS.length)]).append(',')
                        .append(random.nextInt(4) == 0 ? "OUT" : "IN").append(',');
                if (random.nextInt(4) > 0) {
                    LocalDateTime approved = received.plusHours(1 + random.nextInt(24 * 10));
                    line.append(F.format(approved)).append(',').append(F.format(approved.plusHours(2))).append(',')
                            .append(OUTCOMES[random.nextInt(OUTCOMES.length)]);
                } else {
                    line.append(",,");
                }
                out.write(line.append('\n').toString());
            }
        }
        System.out.println("wrote " + rows + " rows to " + file + " (" + Files.size(file) / 1024 + " KB, "
                + (receiptOrder ? "in receipt order" : "receipt times in random order") + ")");
    }
}
