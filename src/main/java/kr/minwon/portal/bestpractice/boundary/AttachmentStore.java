package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kr.minwon.portal.bestpractice.control.AttachmentRefused;
import kr.minwon.portal.bestpractice.control.AttachmentRules;
import kr.minwon.portal.platform.text.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachment bytes under PORTAL_DATA_DIR/attachments, outside the web root, each file named by its SHA-256. Content
 * addressing makes a write idempotent: an upload whose transaction rolls back leaves at most an unreferenced file,
 * never a wrong one, and the same file attached twice is stored once.
 */
@ApplicationScoped
public class AttachmentStore {

    /** An upload received into a temporary file, measured and hashed, not yet checked or kept. */
    public record Received(Path temp, long size, String sha256) {}

    @Inject
    @ConfigProperty(name = "portal.data.dir", defaultValue = "./data")
    String dataDir;

    private Path root;

    @PostConstruct
    void init() {
        root = Paths.get(dataDir).toAbsolutePath().normalize().resolve("attachments");
        try {
            Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the stream to a temporary file, stopping (and refusing) as soon as it passes {@code maxBytes}. */
    public Received receive(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile(root.resolve("tmp"), "up", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        AttachmentRules.checkSize(total, maxBytes, 0, Long.MAX_VALUE);
                    }
                    out.write(buf, 0, n);
                }
            }
            return new Received(temp, total, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            discard(temp);
            throw new AttachmentRefused(
                    AttachmentRefused.Why.UNREADABLE, Texts.t("bestpractice.msg.AttachmentStore.1"));
        } catch (NoSuchAlgorithmException e) {
            discard(temp);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    /** Moves a checked upload to its final place; a file with the same checksum already there is kept. */
    public void keep(Received r) {
        Path target = pathOf(r.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                discard(r.temp());
            } else {
                Files.move(r.temp(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            discard(r.temp());
            throw new UncheckedIOException(e);
        }
    }

    /** Stores bytes generated in code (demo data). */
    public Received write(byte[] bytes) {
        Received r = receive(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE);
        keep(r);
        return r;
    }

    public void discard(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless; the next upload does not reuse its name.
            }
        }
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a checksum");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
