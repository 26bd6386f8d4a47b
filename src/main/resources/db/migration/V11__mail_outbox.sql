-- Mails the application sends (invitations, reminders, confirmations). A mail is written here in the same
-- transaction as what causes it, so it is never lost and never sent for something that was rolled back; a worker
-- sends it, one instance at a time per mail (the row is locked while it is sent), retrying with a growing pause.
-- Without an SMTP server the mails stay here, and the admin page shows them with their links. Kept as a record of
-- what was sent: the application may not delete them.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    kind            varchar(32)   not null check (kind ~ '^[a-z][a-z_]*$'),
    recipient       varchar(320)  not null check (recipient ~ '^[^@\s]+@[^@\s]+$'),
    language        varchar(2)    not null check (language in ('de', 'en')),
    subject         varchar(300)  not null check (btrim(subject) <> ''),
    text_body       text          not null,
    html_body       text          not null,
    created_at      timestamptz   not null,
    status          varchar(16)   not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts        integer       not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    sent_at         timestamptz,
    check ((status = 'sent') = (sent_at is not null))
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'pending';
create index mail_outbox_latest on mail_outbox (created_at desc, id desc);
