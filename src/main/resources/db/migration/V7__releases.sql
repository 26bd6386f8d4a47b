-- Releases. Every edit changes the draft (the figure table); a publisher publishes the draft as the next release,
-- now or at a chosen time. A release is a complete copy of the figures it published, numbered 1, 2, 3 … once it
-- is out, and never changes after that. Readers, exports and the API read the latest release or a named one.
create table release (
    id             bigint generated always as identity primary key,
    number         integer       unique check (number > 0),
    status         varchar(16)   not null check (status in ('scheduled', 'published', 'cancelled')),
    notes_de       varchar(4000) not null check (btrim(notes_de) <> ''),
    notes_en       varchar(4000) not null check (btrim(notes_en) <> ''),
    -- the draft's change counter (data_revision) when the release was made from it
    draft_revision bigint        not null,
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null default now(),
    scheduled_for  timestamptz   not null,
    published_at   timestamptz,
    cancelled_by   varchar(100),
    cancelled_at   timestamptz,
    check ((status = 'published') = (number is not null and published_at is not null)),
    check ((status = 'cancelled') = (cancelled_at is not null and cancelled_by is not null))
);

-- At most one release waits for its time; publishing another waits until it is out or cancelled.
create unique index release_one_scheduled on release (status) where status = 'scheduled';

create table release_figure (
    release_id      bigint         not null references release (id),
    metric_code     varchar(64)    not null,
    segment_code    varchar(64)    not null,
    unit            varchar(16)    not null,
    year            integer        not null,
    value           numeric(15, 2) not null,
    source_title    varchar(300)   not null,
    source_page     integer,
    note            varchar(2000),
    -- the release that first published this figure, and the one that last changed its value, source or note
    first_release   integer        not null check (first_release > 0),
    changed_release integer        not null,
    primary key (release_id, metric_code, segment_code, year),
    foreign key (metric_code, segment_code) references metric_segment (metric_code, segment_code),
    check (changed_release >= first_release)
);

create index release_figure_metric_year on release_figure (release_id, metric_code, year);

-- Published and cancelled releases never change; their figures are written once, while the release waits.
create function refuse_release_rewrite() returns trigger language plpgsql as $$
declare
    state varchar(16);
begin
    if tg_table_name = 'release' then
        if tg_op = 'DELETE' then
            raise exception 'releases are never deleted';
        end if;
        if old.status <> 'scheduled' then
            raise exception 'release % is %: it never changes', coalesce(old.number::text, '#' || old.id), old.status;
        end if;
        return new;
    end if;
    if tg_op <> 'INSERT' then
        raise exception 'the figures of a release never change';
    end if;
    select status into state from release where id = new.release_id;
    if state <> 'scheduled' then
        raise exception 'release #% is %: no figures can be added', new.release_id, state;
    end if;
    return new;
end;
$$;

create trigger release_immutable
    before update or delete on release
    for each row execute function refuse_release_rewrite();

create trigger release_figure_immutable
    before insert or update or delete on release_figure
    for each row execute function refuse_release_rewrite();

-- Taking a draft change back to the published value is recorded like every other change.
alter table figure_change drop constraint figure_change_action_check;
alter table figure_change add constraint figure_change_action_check
    check (action in ('create', 'update', 'delete', 'restore', 'discard'));

-- Release 1 is the brochure as it was first published: today's figures, except that a figure changed since is
-- taken with its first recorded value and a figure added since is left out. If anything changed, release 2 holds
-- the figures as they are now, published when the last of those changes was made (until now, every change was
-- public at once).
create temporary table first_change on commit drop as
select distinct on (metric_code, segment_code, year) *
from figure_change
order by metric_code, segment_code, year, changed_at, id;

insert into release (status, notes_de, notes_en, draft_revision, created_by, created_at, scheduled_for)
select 'scheduled',
       'Digital durch die Pandemie: die Kennzahlen der Vitako-Broschüre für 2010 bis 2020.',
       'Digital durch die Pandemie (Digital through the pandemic): the key figures of Vitako''s brochure for 2010 to 2020.',
       revision, 'system', first_published, first_published
from data_revision, (select coalesce(min(created_at), now()) as first_published from figure) f;

insert into release_figure (release_id, metric_code, segment_code, unit, year, value, source_title, source_page,
                            note, first_release, changed_release)
select r.id, f.metric_code, f.segment_code, f.unit, f.year, f.value, f.source_title, f.source_page, f.note, 1, 1
from figure f, release r
where r.status = 'scheduled'
  and not exists (select 1 from first_change c
                  where (c.metric_code, c.segment_code, c.year) = (f.metric_code, f.segment_code, f.year))
union all
select r.id, c.metric_code, c.segment_code, m.unit, c.year, c.old_value, c.old_source_title, c.old_source_page,
       c.old_note, 1, 1
from first_change c join metric m on m.code = c.metric_code, release r
where r.status = 'scheduled' and c.action <> 'create' and c.old_value is not null;

update release set status = 'published', number = 1, published_at = scheduled_for where status = 'scheduled';

insert into release (status, notes_de, notes_en, draft_revision, created_by, created_at, scheduled_for)
select 'scheduled',
       'Korrekturen, die vor der Einführung der Releases sofort veröffentlicht wurden; Einzelheiten im Vergleich mit Release 1.',
       'Corrections that were published at once before releases were introduced; see the comparison with release 1.',
       revision, 'system', last_change, last_change
from data_revision,
     (select greatest(max(changed_at), (select published_at from release where number = 1)) as last_change
      from figure_change
      having count(*) > 0) c;

insert into release_figure (release_id, metric_code, segment_code, unit, year, value, source_title, source_page,
                            note, first_release, changed_release)
select r.id, f.metric_code, f.segment_code, f.unit, f.year, f.value, f.source_title, f.source_page, f.note,
       case when p.release_id is null then 2 else 1 end,
       case when p.release_id is not null
                 and (p.value, p.source_title, p.source_page, p.note)
                     is not distinct from (f.value, f.source_title, f.source_page, f.note) then 1 else 2 end
from figure f
join release r on r.status = 'scheduled'
left join release_figure p
       on p.release_id = (select id from release where number = 1)
      and (p.metric_code, p.segment_code, p.year) = (f.metric_code, f.segment_code, f.year);

update release set status = 'published', number = 2, published_at = scheduled_for where status = 'scheduled';
