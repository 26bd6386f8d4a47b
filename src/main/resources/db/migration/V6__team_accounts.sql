-- Team accounts. Each account has a display name and one role of a hierarchy: an editor prepares the draft, a
-- publisher also publishes, an admin also manages accounts. Accounts are deactivated, never deleted, so the history
-- keeps their names. A password set by an admin is a one-time password that must be changed at the next login.
alter table admin_user
    add column display_name         varchar(100),
    add column role                 varchar(16) not null default 'admin'
        check (role in ('editor', 'publisher', 'admin')),
    add column must_change_password boolean     not null default false,
    add column version              bigint      not null default 0 check (version >= 0);

update admin_user set display_name = username;

alter table admin_user
    alter column display_name set not null,
    alter column role drop default,
    add constraint admin_user_display_name
        check (btrim(display_name) <> '' and display_name !~ '[[:cntrl:]]' and display_name !~ '<[A-Za-z/!?]');

-- The history of every account action, append-only like the figures' history.
create table account_change (
    id               bigint generated always as identity primary key,
    account_id       bigint       not null references admin_user (id),
    action           varchar(24)  not null check (action in ('create', 'update', 'deactivate', 'reactivate',
                                                             'reset_password', 'change_password')),
    old_role         varchar(16),
    new_role         varchar(16),
    old_display_name varchar(100),
    new_display_name varchar(100),
    changed_by       varchar(100) not null,
    changed_at       timestamptz  not null default now()
);

create index account_change_account on account_change (account_id, changed_at desc);

create or replace function refuse_history_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

create trigger account_change_append_only
    before update or delete on account_change
    for each row execute function refuse_history_rewrite();

-- Accounts that exist already were created at start-up from the environment.
insert into account_change (account_id, action, new_role, new_display_name, changed_by, changed_at)
select id, 'create', role, display_name, 'system', created_at from admin_user;
