-- Portable SQL: runs unchanged on H2 (the default file database) and PostgreSQL.

CREATE TABLE teacher_account (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE batch (
    id          VARCHAR(36) PRIMARY KEY,
    owner       VARCHAR(100) NOT NULL,
    rubric_id   VARCHAR(100) NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    total       INTEGER      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX batch_owner ON batch (owner, created_at);

-- Rows of the uploaded CSV that were not marked, with the reason and line.
CREATE TABLE batch_skipped (
    batch_id VARCHAR(36)   NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
    line_no  BIGINT        NOT NULL,
    message  VARCHAR(1000) NOT NULL
);

CREATE INDEX batch_skipped_batch ON batch_skipped (batch_id);

CREATE TABLE answer (
    batch_id        VARCHAR(36)  NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
    answer_id       VARCHAR(100) NOT NULL,
    seq             INTEGER      NOT NULL,
    line_no         BIGINT       NOT NULL,
    answer_text     TEXT         NOT NULL,
    -- the engine's MarkResult as JSON; NULL until marked
    result_json     TEXT,
    suggested_mark  INTEGER,
    level_name      VARCHAR(100),
    flags           VARCHAR(500),
    error           VARCHAR(1000),
    marked_at       TIMESTAMP WITH TIME ZONE,
    override_mark   INTEGER,
    override_reason VARCHAR(1000),
    override_by     VARCHAR(100),
    override_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (batch_id, answer_id)
);

CREATE INDEX answer_position ON answer (batch_id, seq);
