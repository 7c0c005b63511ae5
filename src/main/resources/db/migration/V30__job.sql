-- Long-running work (launching a campaign, importing a directory, draining the outbox) and its progress,
-- stored so a progress bar is right after a reload, from another browser, and after a restart.
create sequence job_seq start with 1 increment by 50;

create table job (
    id           bigint       not null primary key,
    kind         varchar(64)  not null,
    subject      varchar(200),
    title        varchar(300) not null,
    state        varchar(16)  not null,
    done         integer      not null default 0,
    total        integer      not null default 0,
    message      varchar,
    next_step    varchar(2000),
    link         varchar(500),
    started_by   varchar(120),
    started_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    finished_at  timestamp(6) with time zone
);
create index ix_job_kind_subject on job (kind, subject, started_at);
