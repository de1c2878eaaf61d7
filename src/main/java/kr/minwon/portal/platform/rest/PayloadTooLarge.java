package kr.minwon.portal.platform.rest;

import jakarta.ejb.ApplicationException;
import jakarta.ws.rs.WebApplicationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import kr.minwon.portal.platform.text.Texts;

/**
 * A request body over its limit: 413. {@link #guard} checks the declared length up front and counts the bytes as
 * they are read, so a chunked upload without a length is stopped as soon as it crosses the limit, not after.
 * An application exception, so it leaves EJBs (which read the stream) unwrapped and rolls back what they did.
 */
@ApplicationException(rollback = true)
public class PayloadTooLarge extends WebApplicationException {

    public PayloadTooLarge(long maxBytes) {
        super(Texts.t("platform.msg.bodyTooLarge", String.valueOf(maxBytes / (1024 * 1024))), 413);
    }

    /** The body, stopped with this exception once more than {@code maxBytes} were sent or announced. */
    public static InputStream guard(InputStream body, Long declaredLength, long maxBytes) {
        if (declaredLength != null && declaredLength > maxBytes) {
            throw new PayloadTooLarge(maxBytes);
        }
        return new FilterInputStream(body) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counted(skipped);
                return skipped;
            }

            private void counted(long n) {
                count += n;
                if (count > maxBytes) {
                    throw new PayloadTooLarge(maxBytes);
                }
            }
        };
    }
}
