-- Long text is varchar without a length and binary is bytea: both mean "unbounded" on H2 and PostgreSQL.
-- What came in from (or went out to) an authority outside the outbox: replies read from the mailbox,
-- response letters uploaded by hand. The mail outbox keeps its own letters.
create sequence correspondence_seq start with 1 increment by 50;
create sequence attachment_seq start with 1 increment by 50;

create table correspondence (
    id           bigint        not null primary key,
    request_id   bigint        references foi_request (id),
    direction    varchar(8)    not null,
    source       varchar(16)   not null,
    received_at  timestamp(6) with time zone not null,
    from_address varchar(320),
    to_address   varchar(320),
    subject      varchar(998),
    body_text    varchar,
    body_html    varchar,
    message_id   varchar(998),
    in_reply_to  varchar(998),
    recorded_by  varchar(120)  not null,
    created_at   timestamp(6) with time zone not null,
    constraint uk_correspondence_message unique (message_id)
);
create index ix_correspondence_request on correspondence (request_id, received_at);

create table attachment (
    id                bigint       not null primary key,
    correspondence_id bigint       not null references correspondence (id) on delete cascade,
    filename          varchar(255) not null,
    media_type        varchar(255) not null,
    size_bytes        bigint       not null,
    content           bytea        not null,
    text_content      varchar,
    created_at        timestamp(6) with time zone not null
);
create index ix_attachment_correspondence on attachment (correspondence_id);
