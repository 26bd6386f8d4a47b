-- Vitako's members, who answer the yearly survey: the organisations and the people who answer for them. An
-- organisation that leaves is marked, never deleted, so that its past answers keep their origin; a contact who no
-- longer answers for it is marked removed for the same reason.
create table member (
    id            bigint generated always as identity primary key,
    name          varchar(200) not null check (btrim(name) <> ''),
    short_name    varchar(60)  not null check (btrim(short_name) <> ''),
    -- Rechenzentrum, Softwarehaus, IT-Dienstleister, Sonstige
    kind          varchar(16)  not null check (kind in ('data_centre', 'software', 'service', 'other')),
    -- ISO 3166-2:DE without the country; null for an organisation that works nationwide
    federal_state varchar(2)   check (federal_state in ('BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW',
                                                        'RP', 'SL', 'SN', 'ST', 'SH', 'TH')),
    website       varchar(300) check (website ~ '^https?://[^\s<>"]+$'),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null,
    left_at       timestamptz,
    version       bigint       not null default 0 check (version >= 0)
);

create unique index member_short_name on member (lower(short_name));

create table member_contact (
    id         bigint generated always as identity primary key,
    member_id  bigint       not null references member (id),
    name       varchar(200) not null check (btrim(name) <> ''),
    email      varchar(320) not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    language   varchar(2)   not null check (language in ('de', 'en')),
    created_at timestamptz  not null,
    removed_at timestamptz
);

-- One person answers for one organisation: an address is in use once among the contacts not removed.
create unique index member_contact_email on member_contact (lower(email)) where removed_at is null;
create index member_contact_member on member_contact (member_id);
