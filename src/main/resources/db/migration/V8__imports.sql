-- An import of figures from a spreadsheet: one change set of the draft, with its file's name and SHA-256, its row
-- counts and who applied it. Each figure change it made points to it (figure_change.import_id); while none of its
-- changes is published, it can be undone as one step (undone_by, undone_at).
create table figure_import (
    id          bigint generated always as identity primary key,
    file_name   varchar(255) not null check (btrim(file_name) <> ''),
    sha256      char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rows_read   integer      not null check (rows_read >= 0),
    added       integer      not null check (added >= 0),
    changed     integer      not null check (changed >= 0),
    unchanged   integer      not null check (unchanged >= 0),
    imported_by varchar(100) not null,
    imported_at timestamptz  not null,
    undone_by   varchar(100),
    undone_at   timestamptz,
    check ((undone_by is null) = (undone_at is null)),
    check (undone_at is null or undone_at >= imported_at)
);

alter table figure_change add column import_id bigint references figure_import (id);

create index figure_change_import on figure_change (import_id) where import_id is not null;
