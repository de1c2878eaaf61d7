-- Best-practice cases (민원서비스 개선 우수사례): the case with its rich text (stored only sanitized), attachments (files
-- under PORTAL_DATA_DIR/attachments, checksum here), history, reviewers and their criterion scores, contest rounds,
-- and the readers' views, likes and adoptions. Unique keys make likes, daily views and adoptions count once.

CREATE SEQUENCE contest_round_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contest_round (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    deadline    DATE         NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT contest_round_status_ck CHECK (status IN ('OPEN', 'CLOSED', 'CONFIRMED'))
);

-- The criteria: round_id NULL is the office's default set (an admin sets its weights); a round copies it when opened.
CREATE SEQUENCE review_criterion_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_criterion (
    id         BIGINT       NOT NULL PRIMARY KEY,
    round_id   BIGINT       REFERENCES contest_round (id),
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    weight     INTEGER      NOT NULL,
    sort_no    INTEGER      NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT review_criterion_weight_ck CHECK (weight BETWEEN 0 AND 100)
);
CREATE INDEX review_criterion_round_ix ON review_criterion (round_id, sort_no);
INSERT INTO review_criterion (id, round_id, code, name, weight, sort_no) VALUES
    (1, NULL, 'CREATIVITY', '창의성', 30, 1),
    (2, NULL, 'UTILITY', '실용성/효용성', 30, 2),
    (3, NULL, 'SPREAD', '파급력/확산가능성', 25, 3),
    (4, NULL, 'COOPERATION', '민관협업', 15, 4);

CREATE SEQUENCE practice_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE practice_case (
    id              BIGINT         NOT NULL PRIMARY KEY,
    title           VARCHAR(200)   NOT NULL,
    unit_id         BIGINT         NOT NULL REFERENCES unit (id),
    department_id   BIGINT         REFERENCES unit (id),
    author_id       BIGINT         NOT NULL REFERENCES employee (id),
    contact         VARCHAR(100),
    category        VARCHAR(20),
    implemented_on  DATE,
    background_html VARCHAR(20000),
    before_html     VARCHAR(20000),
    after_html      VARCHAR(20000),
    outcome_html    VARCHAR(20000),
    spread_html     VARCHAR(20000),
    next_html       VARCHAR(20000),
    days_saved      NUMERIC(7, 1),
    documents_cut   INTEGER,
    users_count     INTEGER,
    satisfaction    NUMERIC(5, 1),
    tags            VARCHAR(500),
    search_text     VARCHAR(100000),
    status          VARCHAR(20)    NOT NULL,
    grade           VARCHAR(10),
    round_id        BIGINT         REFERENCES contest_round (id),
    submitted_at    TIMESTAMP,
    decided_at      TIMESTAMP,
    decided_by      VARCHAR(60),
    publish_on      DATE,
    published_at    TIMESTAMP,
    view_count      INTEGER        NOT NULL DEFAULT 0,
    like_count      INTEGER        NOT NULL DEFAULT 0,
    adoption_count  INTEGER        NOT NULL DEFAULT 0,
    created_at      TIMESTAMP      NOT NULL,
    updated_at      TIMESTAMP      NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT practice_case_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVISION_REQUESTED',
        'RESUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT practice_case_grade_ck CHECK (grade IS NULL OR grade IN ('GRAND', 'EXCELLENT', 'MERIT')),
    CONSTRAINT practice_case_category_ck CHECK (category IS NULL OR category IN ('DOCUMENTS', 'SPEED', 'DIGITAL', 'OTHER'))
);
CREATE INDEX practice_case_status_ix ON practice_case (status, published_at);
CREATE INDEX practice_case_unit_ix ON practice_case (unit_id, status);
CREATE INDEX practice_case_round_ix ON practice_case (round_id);

CREATE SEQUENCE case_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_attachment (
    id           BIGINT       NOT NULL PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES practice_case (id),
    file_name    VARCHAR(150) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL
);
CREATE INDEX case_attachment_case_ix ON case_attachment (case_id);

CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES practice_case (id),
    action      VARCHAR(30)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)   NOT NULL,
    note        VARCHAR(2000),
    actor       VARCHAR(60)   NOT NULL,
    happened_at TIMESTAMP     NOT NULL
);
CREATE INDEX case_event_case_ix ON case_event (case_id, happened_at);

CREATE SEQUENCE case_review_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_review (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES practice_case (id),
    reviewer_id  BIGINT        NOT NULL REFERENCES employee (id),
    private_note VARCHAR(4000),
    total        NUMERIC(6, 2),
    assigned_at  TIMESTAMP     NOT NULL,
    assigned_by  VARCHAR(60)   NOT NULL,
    scored_at    TIMESTAMP,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT case_review_uk UNIQUE (case_id, reviewer_id)
);
CREATE INDEX case_review_reviewer_ix ON case_review (reviewer_id);

CREATE SEQUENCE case_score_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_score (
    id           BIGINT       NOT NULL PRIMARY KEY,
    review_id    BIGINT       NOT NULL REFERENCES case_review (id),
    criterion_id BIGINT       NOT NULL REFERENCES review_criterion (id),
    points       NUMERIC(4, 1) NOT NULL,
    CONSTRAINT case_score_uk UNIQUE (review_id, criterion_id),
    CONSTRAINT case_score_points_ck CHECK (points BETWEEN 0 AND 10)
);

CREATE TABLE case_view (
    case_id     BIGINT NOT NULL REFERENCES practice_case (id),
    employee_id BIGINT NOT NULL REFERENCES employee (id),
    viewed_on   DATE   NOT NULL,
    CONSTRAINT case_view_pk PRIMARY KEY (case_id, employee_id, viewed_on)
);

CREATE TABLE case_like (
    case_id     BIGINT    NOT NULL REFERENCES practice_case (id),
    employee_id BIGINT    NOT NULL REFERENCES employee (id),
    liked_at    TIMESTAMP NOT NULL,
    CONSTRAINT case_like_pk PRIMARY KEY (case_id, employee_id)
);

CREATE SEQUENCE case_adoption_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_adoption (
    id               BIGINT       NOT NULL PRIMARY KEY,
    case_id          BIGINT       NOT NULL REFERENCES practice_case (id),
    unit_id          BIGINT       NOT NULL REFERENCES unit (id),
    note             VARCHAR(500) NOT NULL,
    adopted_at       TIMESTAMP    NOT NULL,
    adopted_by       VARCHAR(60)  NOT NULL,
    mileage_entry_id BIGINT       REFERENCES mileage_entry (id),
    CONSTRAINT case_adoption_uk UNIQUE (case_id, unit_id)
);

-- Case workflow messages go to the portal inbox as their own kind.
ALTER TABLE inbox_message DROP CONSTRAINT inbox_message_kind_ck;
ALTER TABLE inbox_message ADD CONSTRAINT inbox_message_kind_ck CHECK (kind IN ('NOTICE', 'REMINDER', 'CASE'));
