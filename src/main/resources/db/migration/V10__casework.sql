-- Casework: a regulator's case about one request (ICO complaint or SIC application), its lead case and decision.
-- The request's timeline stays the truth for dates and outcome (COMPLAINT_SUBMITTED, DECISION_NOTICE events);
-- submitted_on, decided_on, outcome and compliance_due_override mirror it so groups and lists are one query.
create sequence regulator_case_seq start with 1 increment by 50;

create table regulator_case (
    id                      bigint       not null primary key,
    reference               varchar(32)  not null,
    regulator               varchar(48)  not null,
    request_id              bigint       not null references foi_request (id),
    lead_id                 bigint       references regulator_case (id),
    submitted_on            date         not null,
    accepted_on             date,
    grounds                 varchar,
    sections_contested      varchar(500),
    decided_on              date,
    outcome                 varchar(32),
    steps_ordered           varchar,
    compliance_due_override date,
    version                 integer      not null default 0,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    constraint uk_regulator_case_reference unique (reference),
    -- The regulator opens one case per authority: one case per request.
    constraint uk_regulator_case_request unique (request_id)
);
create index ix_regulator_case_lead on regulator_case (lead_id);
