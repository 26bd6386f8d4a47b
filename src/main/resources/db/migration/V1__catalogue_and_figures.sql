-- The metric catalogue, its segments and the figures. Every rule the admin forms check is also a constraint here,
-- so that no path around the forms can store bad data.

create table metric (
    code            varchar(64)  primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    position        integer      not null unique check (position > 0),
    label_de        varchar(200) not null check (btrim(label_de) <> ''),
    label_en        varchar(200) not null check (btrim(label_en) <> ''),
    description_de  varchar(2000) not null,
    description_en  varchar(2000) not null,
    unit            varchar(16)  not null check (unit in ('count', 'percent')),
    -- the sum of the segments is a meaningful total (196.900 devices), derived and never stored
    segments_add_up boolean      not null,
    -- the segments are shares of one whole and add up to 100 (device types), unlike independent percentages (topics)
    parts_of_whole  boolean      not null,
    -- the pair is what figures refer to, so that a figure's value can be checked against its metric's unit
    unique (code, unit),
    check (not parts_of_whole or unit = 'percent'),
    check (not segments_add_up or unit = 'count')
);

create table segment (
    code     varchar(64)  primary key check (code ~ '^[a-z][a-z0-9_]*$'),
    label_de varchar(200) not null check (btrim(label_de) <> ''),
    label_en varchar(200) not null check (btrim(label_en) <> '')
);

-- Which segments a metric has, in which order and under which label (one code can read "Sonstige" for one metric
-- and "Sonstiges" for another).
create table metric_segment (
    metric_code  varchar(64)  not null references metric (code),
    segment_code varchar(64)  not null references segment (code),
    position     integer      not null check (position > 0),
    label_de     varchar(200) not null check (btrim(label_de) <> ''),
    label_en     varchar(200) not null check (btrim(label_en) <> ''),
    primary key (metric_code, segment_code),
    unique (metric_code, position)
);

create table figure (
    id           bigint generated always as identity primary key,
    metric_code  varchar(64)    not null,
    segment_code varchar(64)    not null,
    unit         varchar(16)    not null,
    year         integer        not null check (year between 1990 and 2100),
    value        numeric(15, 2) not null,
    source_title varchar(300)   not null check (btrim(source_title) <> ''),
    source_page  integer        check (source_page > 0),
    note         varchar(2000),
    created_at   timestamptz    not null default now(),
    updated_at   timestamptz    not null default now(),
    version      bigint         not null default 0 check (version >= 0),
    unique (metric_code, segment_code, year),
    foreign key (metric_code, segment_code) references metric_segment (metric_code, segment_code),
    foreign key (metric_code, unit) references metric (code, unit),
    constraint figure_value_fits_unit check (
        (unit = 'count' and value >= 0 and value = trunc(value))
        or (unit = 'percent' and value between 0 and 100)),
    check (updated_at >= created_at)
);

create index figure_metric_year on figure (metric_code, year);

-- A counter that every write to the figures bumps in its own transaction: caches and ETags on every instance
-- compare against it, and a NOTIFY tells listening instances at once.
create table data_revision (
    id         smallint    primary key check (id = 1),
    revision   bigint      not null,
    changed_at timestamptz not null
);

insert into data_revision (id, revision, changed_at) values (1, 1, now());

create function bump_data_revision() returns trigger language plpgsql as $$
begin
    update data_revision set revision = revision + 1, changed_at = clock_timestamp() where id = 1;
    perform pg_notify('vitako_data_changed', '');
    return null;
end;
$$;

create trigger figure_changed
    after insert or update or delete on figure
    for each statement execute function bump_data_revision();
