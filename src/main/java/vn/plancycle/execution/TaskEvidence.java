package vn.plancycle.execution;

import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Evidence of a task's result: a file kept in the database, or a link. Never in process variables. */
@Entity
@Table(name = "task_evidence")
public class TaskEvidence {

    public enum Kind {
        FILE, LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_task_id", nullable = false, updatable = false)
    private Long planTaskId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, updatable = false, length = 255)
    private String name;

    @Column(name = "content_type", updatable = false, length = 150)
    private String contentType;

    @Column(name = "size_bytes", updatable = false)
    private Long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] content;

    @Column(updatable = false, length = 2000)
    private String url;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected TaskEvidence() {
    }

    static TaskEvidence file(long planTaskId, String name, String contentType, byte[] content, String by,
            LocalDateTime at) {
        TaskEvidence e = new TaskEvidence(planTaskId, Kind.FILE, name, by, at);
        e.contentType = contentType;
        e.content = content;
        e.sizeBytes = (long) content.length;
        return e;
    }

    static TaskEvidence link(long planTaskId, String name, String url, String by, LocalDateTime at) {
        TaskEvidence e = new TaskEvidence(planTaskId, Kind.LINK, name, by, at);
        e.url = url;
        return e;
    }

    private TaskEvidence(long planTaskId, Kind kind, String name, String uploadedBy, LocalDateTime uploadedAt) {
        this.planTaskId = planTaskId;
        this.kind = kind;
        this.name = name;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanTaskId() {
        return planTaskId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public String getUrl() {
        return url;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }
}
