package kr.minwon.portal.platform.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** Opens an import file: detects its encoding, then hands it to a {@link CsvSheet} that reads the header and rows. */
public final class CsvReader {

    // RFC 4180 as spreadsheets write it. Blank lines are kept so record numbers stay equal to spreadsheet rows.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvReader() {}

    /**
     * Opens a CSV file for reading against a schema. The stream is read lazily, row by row, and is closed with the
     * sheet. A file in an unknown encoding or without a header is not an exception: the sheet reports it in
     * {@link CsvSheet#headerProblems()} and yields no rows.
     *
     * @throws IOException when the stream itself cannot be read
     */
    public static CsvSheet open(InputStream in, CsvSchema schema) throws IOException {
        byte[] head = in.readNBytes(CsvEncoding.SAMPLE_SIZE);
        Optional<CsvEncoding> encoding = CsvEncoding.detect(head);
        if (encoding.isEmpty()) {
            in.close();
            return CsvSheet.unreadable(schema);
        }
        int bom = encoding.get().bomLength();
        InputStream text = new SequenceInputStream(new ByteArrayInputStream(head, bom, head.length - bom), in);
        CSVParser parser =
                CSVParser.parse(new InputStreamReader(text, encoding.get().markingDecoder()), FORMAT);
        try {
            return CsvSheet.reading(schema, encoding.get(), parser);
        } catch (RuntimeException e) {
            // The caller never receives the sheet, so it cannot close the stream.
            parser.close();
            throw e;
        }
    }
}
