-- Mail: the outbox of letters to authorities, per-campaign mail settings, the digest log, and the
-- projection column that flags a reply waiting to be classified. Portable SQL: H2 and PostgreSQL.
create sequence letter_seq start with 1 increment by 50;

-- One row per letter, identified by (request, kind, sequence): the same letter can never be queued twice.
-- Addresses, subject and body are kept exactly as rendered when it was queued (what was sent is what is shown).
create table letter (
    id              bigint       not null primary key,
    request_id      bigint       not null references foi_request (id),
    kind            varchar(32)  not null,
    sequence        integer      not null,
    status          varchar(16)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamp(6) with time zone,
    claimed_at      timestamp(6) with time zone,
    last_error      varchar,
    message_id      varchar(998) not null,
    reference       varchar(200) not null,
    from_address    varchar(320) not null,
    from_name       varchar(200),
    to_address      varchar(320) not null,
    reply_to        varchar(320),
    subject         varchar(998) not null,
    body_text       varchar      not null,
    body_html       varchar,
    queued_at       timestamp(6) with time zone not null,
    queued_by       varchar(120) not null,
    sent_at         timestamp(6) with time zone,
    sent_on         date,
    event_id        bigint       references request_event (id),
    timeline_error  varchar,
    version         integer      not null default 0,
    constraint uk_letter_request_kind_seq unique (request_id, kind, sequence),
    constraint uk_letter_message_id unique (message_id)
);
create index ix_letter_status_next on letter (status, next_attempt_at);
create index ix_letter_reference on letter (reference);

-- Mail choices per campaign (a row only once someone changes the defaults: approve chasers, send the digest).
create table campaign_mail_settings (
    campaign_id   bigint  not null primary key references campaign (id) on delete cascade,
    chasers_auto  boolean not null default false,
    digest        boolean not null default true,
    version       integer not null default 0
);

-- One digest per campaign per day, whichever instance gets there first.
create table digest_log (
    campaign_id bigint       not null references campaign (id) on delete cascade,
    digest_on   date         not null,
    sent_at     timestamp(6) with time zone not null,
    items       integer      not null,
    error       varchar,
    primary key (campaign_id, digest_on)
);

-- Serialises a job across instances: the job locks its row (select ... for update) for its transaction.
create table mail_job_lock (
    name varchar(32) not null primary key
);
insert into mail_job_lock (name) values ('chasers');
insert into mail_job_lock (name) values ('digest');
insert into mail_job_lock (name) values ('inbox');

-- Projection of the timeline: a RECEIVED reply that no later event has classified yet.
alter table foi_request add column reply_to_classify boolean not null default false;
