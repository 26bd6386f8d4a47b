-- The metric catalogue becomes part of the draft: editors create metrics and segments, relabel, reorder and retire
-- them in the admin area, and a release publishes the catalogue as it stands, with its figures. A release keeps its
-- own copy of the catalogue (release_metric, release_metric_segment), so that a metric retired later stays in the
-- releases that showed it, under the labels they showed.

-- A unit for money, written with two decimals.
alter table metric drop constraint metric_unit_check;
alter table metric add constraint metric_unit_check check (unit in ('count', 'percent', 'euro'));
alter table metric drop constraint metric_check1;
alter table metric add constraint metric_adds_up_in_its_unit check (not segments_add_up or unit in ('count', 'euro'));
alter table figure drop constraint figure_value_fits_unit;
alter table figure add constraint figure_value_fits_unit check (
    (unit = 'count' and value >= 0 and value = trunc(value))
    or (unit = 'percent' and value between 0 and 100)
    or (unit = 'euro' and value >= 0));

-- The chart a metric is drawn as; null: chosen from the data (a line for a series of years, a doughnut for the
-- shares of one whole in one year, stacked bars for shares over years, else bars).
alter table metric add column chart_kind varchar(16)
    check (chart_kind in ('bar', 'stacked_bar', 'line', 'doughnut'));

-- An edit of a metric or its segments carries the version it was opened with: a concurrent edit is refused.
alter table metric add column version bigint not null default 0 check (version >= 0);

-- Retired entries leave the next release and stay in the earlier ones; they are never deleted once published.
alter table metric add column retired_at timestamptz;
alter table metric_segment add column retired_at timestamptz;

-- Reordering swaps positions within one transaction.
alter table metric drop constraint metric_position_key;
alter table metric add constraint metric_position_key unique (position) deferrable initially deferred;
alter table metric_segment drop constraint metric_segment_metric_code_position_key;
alter table metric_segment add constraint metric_segment_position_key unique (metric_code, position)
    deferrable initially deferred;

-- Every change to the catalogue is a change of the draft: caches and the publication review see it at once.
create trigger metric_changed
    after insert or update or delete on metric
    for each statement execute function bump_data_revision();
create trigger metric_segment_changed
    after insert or update or delete on metric_segment
    for each statement execute function bump_data_revision();
create trigger segment_changed
    after insert or update or delete on segment
    for each statement execute function bump_data_revision();

create table release_metric (
    release_id      bigint        not null references release (id),
    code            varchar(64)   not null,
    position        integer       not null,
    label_de        varchar(200)  not null,
    label_en        varchar(200)  not null,
    description_de  varchar(2000) not null,
    description_en  varchar(2000) not null,
    unit            varchar(16)   not null,
    segments_add_up boolean       not null,
    parts_of_whole  boolean       not null,
    chart_kind      varchar(16),
    primary key (release_id, code),
    unique (release_id, position)
);

create table release_metric_segment (
    release_id   bigint       not null,
    metric_code  varchar(64)  not null,
    segment_code varchar(64)  not null,
    position     integer      not null,
    label_de     varchar(200) not null,
    label_en     varchar(200) not null,
    primary key (release_id, metric_code, segment_code),
    unique (release_id, metric_code, position),
    foreign key (release_id, metric_code) references release_metric (release_id, code)
);

-- Until now the catalogue changed only by migration: every release showed it as it is.
insert into release_metric (release_id, code, position, label_de, label_en, description_de, description_en, unit,
                            segments_add_up, parts_of_whole, chart_kind)
select r.id, m.code, m.position, m.label_de, m.label_en, m.description_de, m.description_en, m.unit,
       m.segments_add_up, m.parts_of_whole, m.chart_kind
from release r cross join metric m
where r.status <> 'cancelled';

insert into release_metric_segment (release_id, metric_code, segment_code, position, label_de, label_en)
select r.id, s.metric_code, s.segment_code, s.position, s.label_de, s.label_en
from release r cross join metric_segment s
where r.status <> 'cancelled';

create trigger release_metric_immutable
    before insert or update or delete on release_metric
    for each row execute function refuse_release_rewrite();

create trigger release_metric_segment_immutable
    before insert or update or delete on release_metric_segment
    for each row execute function refuse_release_rewrite();

-- Who changed the catalogue, when and how: append-only, like the figures' history.
create table catalogue_change (
    id           bigint generated always as identity primary key,
    metric_code  varchar(64)   not null,
    segment_code varchar(64),
    action       varchar(16)   not null
        check (action in ('created', 'edited', 'moved', 'retired', 'reinstated', 'deleted')),
    summary      varchar(4000) not null,
    changed_by   varchar(100)  not null,
    changed_at   timestamptz   not null default now()
);

create trigger catalogue_change_append_only
    before update or delete on catalogue_change
    for each row execute function refuse_history_rewrite();
