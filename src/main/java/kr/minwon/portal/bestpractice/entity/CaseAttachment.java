package kr.minwon.portal.bestpractice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import kr.minwon.portal.bestpractice.control.FileKind;

/** A file of a case: its cleaned name, the type its content was checked to be, and the SHA-256 that names the file. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment implements Serializable {

    @Id
    @SequenceGenerator(name = "case_attachment_seq", sequenceName = "case_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_attachment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private PracticeCase practiceCase;

    @Column(name = "file_name", nullable = false, length = 150, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120, updatable = false)
    private String contentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    protected CaseAttachment() {}

    public CaseAttachment(
            PracticeCase practiceCase,
            String fileName,
            FileKind kind,
            long sizeBytes,
            String sha256,
            LocalDateTime now,
            String by) {
        this.practiceCase = practiceCase;
        this.fileName = fileName;
        this.kind = kind;
        this.contentType = kind.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = now;
        this.uploadedBy = by;
    }

    public String getSizeText() {
        return sizeBytes >= 1024 * 1024
                ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : String.format("%d KB", Math.max(1, sizeBytes / 1024));
    }

    public Long getId() {
        return id;
    }

    public PracticeCase getPracticeCase() {
        return practiceCase;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
