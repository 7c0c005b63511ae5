-- The directory of public authorities. Portable SQL: runs on H2 and PostgreSQL.
create sequence authority_seq start with 1 increment by 50;

create table authority (
    id                bigint       not null primary key,
    slug              varchar(120) not null,
    name              varchar(300) not null,
    short_name        varchar(120),
    jurisdiction      varchar(32)  not null,
    law               varchar(16)  not null,
    regulator         varchar(64)  not null,
    foi_email         varchar(320),
    email_confirmed   boolean      not null default false,
    website           varchar(500),
    wdtk_url_name     varchar(200),
    notes             varchar(4000),
    version           integer      not null default 0,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    constraint uk_authority_slug unique (slug)
);
create index ix_authority_wdtk on authority (wdtk_url_name);
create index ix_authority_jurisdiction on authority (jurisdiction);

create table authority_tag (
    authority_id bigint      not null references authority (id) on delete cascade,
    tag          varchar(64) not null,
    primary key (authority_id, tag)
);
create index ix_authority_tag_tag on authority_tag (tag);

-- Named one-off data loads (the shipped police directory), so a restart never loads one twice.
create table seed_log (
    name       varchar(100) not null primary key,
    applied_at timestamp(6) with time zone not null
);
