-- The overview's headline tiles and the registry of source documents become part of the catalogue.

-- Headline tiles: which metric (and which of its segments) the overview leads with, in order, with an optional
-- text of their own; edited in the draft and copied into each release like the rest of the catalogue.
create table headline_tile (
    id           bigint generated always as identity primary key,
    position     integer      not null check (position > 0),
    metric_code  varchar(64)  not null references metric (code),
    segment_code varchar(64),
    text_de      varchar(200) check (btrim(text_de) <> ''),
    text_en      varchar(200) check (btrim(text_en) <> ''),
    version      bigint       not null default 0 check (version >= 0),
    check ((text_de is null) = (text_en is null)),
    constraint headline_tile_position_key unique (position) deferrable initially deferred,
    foreign key (metric_code, segment_code) references metric_segment (metric_code, segment_code)
);

-- Until now the overview's code chose these five.
insert into headline_tile (position, metric_code, segment_code) values
    (1, 'video_licences', 'municipal_administrations'),
    (2, 'video_licences', 'schools'),
    (3, 'vpn_certificates', null),
    (4, 'employees', null),
    (5, 'devices_ordered', null);

create trigger headline_tile_changed
    after insert or update or delete on headline_tile
    for each statement execute function bump_data_revision();

create table release_headline_tile (
    release_id   bigint       not null references release (id),
    position     integer      not null,
    metric_code  varchar(64)  not null,
    segment_code varchar(64),
    text_de      varchar(200),
    text_en      varchar(200),
    primary key (release_id, position)
);

insert into release_headline_tile (release_id, position, metric_code, segment_code, text_de, text_en)
select r.id, t.position, t.metric_code, t.segment_code, t.text_de, t.text_en
from release r cross join headline_tile t
where r.status <> 'cancelled';

create trigger release_headline_tile_immutable
    before insert or update or delete on release_headline_tile
    for each row execute function refuse_release_rewrite();

-- Source documents: a registry with title, publisher, date, URL and licence. Figures refer to a source by its
-- title; a title typed in a form or an import that is not registered yet is registered on the way in. Renaming a
-- source renames it in the draft's figures (the next release shows the new title); releases keep what they showed.
create table source (
    id           bigint generated always as identity primary key,
    title        varchar(300) not null unique check (btrim(title) <> ''),
    publisher    varchar(200) check (btrim(publisher) <> ''),
    published_on date,
    url          varchar(500) check (url ~ '^https?://[^\s]+$'),
    licence      varchar(200) check (btrim(licence) <> ''),
    version      bigint       not null default 0 check (version >= 0)
);

insert into source (title)
select source_title from figure
union
select source_title from release_figure;

update source set publisher = 'Vitako – Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister e. V.'
where title like 'Vitako%';

-- Only a title that is new touches the registry: an insert into it, even one that does nothing, would bump the
-- draft's counter once per figure of a bulk import.
create function register_source() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from source where title = new.source_title) then
        insert into source (title) values (new.source_title) on conflict (title) do nothing;
    end if;
    return new;
end;
$$;

create trigger figure_source_registered
    before insert or update of source_title on figure
    for each row execute function register_source();

alter table figure add constraint figure_source foreign key (source_title) references source (title)
    on update cascade;

-- A change of the headline tiles is recorded with the tile's metric.
alter table catalogue_change drop constraint catalogue_change_action_check;
alter table catalogue_change add constraint catalogue_change_action_check
    check (action in ('created', 'edited', 'moved', 'retired', 'reinstated', 'deleted', 'tiles'));

-- A release keeps the details of the sources its figures name, as they were when it was published.
create table release_source (
    release_id   bigint       not null references release (id),
    title        varchar(300) not null,
    publisher    varchar(200),
    published_on date,
    url          varchar(500),
    licence      varchar(200),
    primary key (release_id, title)
);

insert into release_source (release_id, title, publisher, published_on, url, licence)
select distinct f.release_id, s.title, s.publisher, s.published_on, s.url, s.licence
from release_figure f join source s on s.title = f.source_title;

create trigger release_source_immutable
    before insert or update or delete on release_source
    for each row execute function refuse_release_rewrite();

create trigger source_changed
    after insert or update or delete on source
    for each statement execute function bump_data_revision();
