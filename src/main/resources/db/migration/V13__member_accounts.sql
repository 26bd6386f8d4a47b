-- A contact of a member logs in with their e-mail address and a password they set through a personal link: an
-- invitation (valid 14 days) or a password reset (valid 2 hours). A link is used once; only its SHA-256 is stored,
-- so the database alone opens no account.
alter table member_contact add column password_hash varchar(100);
alter table member_contact add column password_set_at timestamptz;
alter table member_contact add constraint member_contact_password_set
    check ((password_hash is null) = (password_set_at is null));

create table member_link (
    id         bigint generated always as identity primary key,
    contact_id bigint      not null references member_contact (id),
    purpose    varchar(16) not null check (purpose in ('invitation', 'reset')),
    token_hash varchar(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_by varchar(320) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    check (expires_at > created_at)
);

create index member_link_contact on member_link (contact_id);
