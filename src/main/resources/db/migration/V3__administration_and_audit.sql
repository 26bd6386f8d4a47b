-- Administration: admin accounts (created at start-up from the environment, never by a migration), a login
-- throttle that holds across instances, and the append-only history of every change to a figure.

create table admin_user (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null check (username ~ '^[A-Za-z0-9._@-]{1,100}$'),
    password_hash varchar(500) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create unique index admin_user_username on admin_user (lower(username));

-- Failed logins per (user name, client address): five in a row lock that pair, and only that pair, for a while,
-- so that a stranger elsewhere cannot lock an admin out.
create table login_throttle (
    username       varchar(100) not null,
    client_address varchar(64)  not null,
    failures       integer      not null check (failures >= 0),
    last_failure   timestamptz  not null,
    locked_until   timestamptz,
    primary key (username, client_address)
);

create table figure_change (
    id               bigint generated always as identity primary key,
    figure_id        bigint,
    action           varchar(16)   not null check (action in ('create', 'update', 'delete', 'restore')),
    metric_code      varchar(64)   not null references metric (code),
    segment_code     varchar(64)   not null references segment (code),
    year             integer       not null,
    old_value        numeric(15, 2),
    new_value        numeric(15, 2),
    old_source_title varchar(300),
    new_source_title varchar(300),
    old_source_page  integer,
    new_source_page  integer,
    old_note         varchar(2000),
    new_note         varchar(2000),
    reason           varchar(500),
    changed_by       varchar(100)  not null,
    changed_at       timestamptz   not null default now(),
    -- a creation has no before, a deletion no after, an update and a restore always an after
    check (action <> 'create' or (old_value is null and new_value is not null)),
    check (action <> 'delete' or (old_value is not null and new_value is null)),
    check (action not in ('update', 'restore') or new_value is not null),
    check (action <> 'update' or old_value is not null)
);

create index figure_change_figure on figure_change (metric_code, segment_code, year, changed_at desc);
create index figure_change_time on figure_change (changed_at desc);

create function refuse_history_rewrite() returns trigger language plpgsql as $$
begin
    raise exception 'figure_change is append-only: % is not allowed', tg_op;
end;
$$;

create trigger figure_change_append_only
    before update or delete on figure_change
    for each row execute function refuse_history_rewrite();
