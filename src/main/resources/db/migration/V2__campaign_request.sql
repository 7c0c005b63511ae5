-- Campaigns, per-authority requests and their append-only timelines.
create sequence campaign_seq start with 1 increment by 50;
create sequence foi_request_seq start with 1 increment by 50;
create sequence request_event_seq start with 1 increment by 50;

create table campaign (
    id               bigint        not null primary key,
    slug             varchar(120)  not null,
    title            varchar(300)  not null,
    description      varchar(4000),
    request_text     varchar(20000) not null,
    requester_name   varchar(200)  not null,
    requester_email  varchar(320)  not null,
    state            varchar(16)   not null,
    target_tag       varchar(64),
    target_jurisdiction varchar(32),
    sent_on          date,
    launched_at      timestamp(6) with time zone,
    launched_count   integer,
    related_id       bigint references campaign (id),
    version          integer       not null default 0,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    constraint uk_campaign_slug unique (slug)
);

create table campaign_question (
    campaign_id bigint        not null references campaign (id) on delete cascade,
    number      integer       not null,
    label       varchar(120)  not null,
    text        varchar(4000),
    primary key (campaign_id, number)
);

-- An explicit list of targets (when the campaign is not targeted by tag or jurisdiction).
create table campaign_target (
    campaign_id  bigint not null references campaign (id) on delete cascade,
    authority_id bigint not null references authority (id),
    primary key (campaign_id, authority_id)
);

-- One request per (campaign, authority). Columns after "version" are a projection of the timeline,
-- rewritten by request.Timeline whenever an event is appended, so lists and summaries are SQL aggregates.
create table foi_request (
    id                bigint      not null primary key,
    campaign_id       bigint      not null references campaign (id),
    authority_id      bigint      not null references authority (id),
    version           integer     not null default 0,
    created_at        timestamp(6) with time zone not null,
    state             varchar(32) not null,
    outcome           varchar(32),
    sent_on           date,
    due_on            date,
    very_overdue_on   date,
    responded_on      date,
    review_due_on     date,
    working_days_taken integer,
    constraint uk_request_campaign_authority unique (campaign_id, authority_id)
);
create index ix_request_campaign_state on foi_request (campaign_id, state);
create index ix_request_authority on foi_request (authority_id);

create table request_event (
    id                  bigint       not null primary key,
    request_id          bigint       not null references foi_request (id),
    seq                 integer      not null,
    type                varchar(32)  not null,
    occurred_on         date         not null,
    recorded_at         timestamp(6) with time zone not null,
    recorded_by         varchar(120) not null,
    note                varchar(8000),
    authority_reference varchar(120),
    extended_to         date,
    review_result       varchar(32),
    decision            varchar(32),
    compliance_due      date,
    case_reference      varchar(64),
    corrects            bigint references request_event (id),
    constraint uk_request_event_seq unique (request_id, seq)
);
create index ix_request_event_request on request_event (request_id, occurred_on);

-- The per-question outcomes a RESPONDED (or REVIEW_RESPONDED) event carries.
create table event_answer (
    event_id  bigint       not null references request_event (id) on delete cascade,
    question  integer      not null,
    outcome   varchar(32)  not null,
    sections  varchar(500),
    primary key (event_id, question)
);

-- Projection: the current outcome of each question, and each section cited, for SQL aggregates.
create table request_answer (
    request_id bigint       not null references foi_request (id) on delete cascade,
    question   integer      not null,
    outcome    varchar(32)  not null,
    sections   varchar(500),
    primary key (request_id, question)
);
create index ix_request_answer_q on request_answer (question, outcome);

create table request_section (
    request_id bigint      not null references foi_request (id) on delete cascade,
    section    varchar(32) not null,
    primary key (request_id, section)
);
