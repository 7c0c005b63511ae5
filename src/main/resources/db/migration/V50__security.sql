-- Accounts, API tokens, per-campaign roles, share links, and private event notes.
create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id             bigint        not null primary key,
    username       varchar(64)   not null,
    display_name   varchar(200)  not null,
    email          varchar(320),
    password_hash  varchar(200)  not null,
    admin          boolean       not null default false,
    active         boolean       not null default true,
    digest_opt_out boolean       not null default false,
    created_at     timestamp(6) with time zone not null,
    last_login_at  timestamp(6) with time zone,
    version        integer       not null default 0,
    constraint uk_user_account_username unique (username)
);

create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint       not null primary key,
    user_id      bigint       not null references user_account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(12)  not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint uk_api_token_hash unique (token_hash)
);

create sequence campaign_member_seq start with 1 increment by 50;
create table campaign_member (
    id          bigint      not null primary key,
    campaign_id bigint      not null references campaign (id) on delete cascade,
    user_id     bigint      not null references user_account (id) on delete cascade,
    role        varchar(16) not null,
    added_at    timestamp(6) with time zone not null,
    constraint uk_campaign_member unique (campaign_id, user_id)
);
create index ix_campaign_member_user on campaign_member (user_id);

create sequence share_link_seq start with 1 increment by 50;
create table share_link (
    id          bigint       not null primary key,
    campaign_id bigint       not null references campaign (id) on delete cascade,
    token_hash  varchar(64)  not null,
    label       varchar(100),
    created_by  varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    revoked_at  timestamp(6) with time zone,
    constraint uk_share_link_hash unique (token_hash)
);

alter table request_event add column note_private boolean not null default false;
