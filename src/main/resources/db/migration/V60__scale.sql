-- Scale: a campaign's letters are found by their own campaign column (indexed), not through its requests; and each
-- campaign carries a revision that every change to its requests, letters, cases or mail settings raises, so the
-- dashboards can keep their aggregates until something changes. Portable SQL: H2 and PostgreSQL.
alter table letter add column campaign_id bigint;
update letter set campaign_id = (select r.campaign_id from foi_request r where r.id = letter.request_id);
alter table letter alter column campaign_id set not null;
alter table letter add constraint fk_letter_campaign foreign key (campaign_id) references campaign (id);
-- Counting a campaign's outbox by status, and the retried letters' attempts, from the index alone.
create index ix_letter_campaign_status on letter (campaign_id, status, attempts, next_attempt_at);
create index ix_letter_campaign_kind on letter (campaign_id, kind);

alter table campaign add column revision bigint not null default 0;

-- Revisions of things that are not a campaign's: 'directory' is raised by any change to an authority (its tags too),
-- so the directory's list of tags is read once per change rather than from every tag row on every page.
create table app_revision (
    name     varchar(32) not null primary key,
    revision bigint      not null
);
insert into app_revision (name, revision) values ('directory', 0);
