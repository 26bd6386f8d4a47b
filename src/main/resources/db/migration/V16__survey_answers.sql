-- Staff who run the members' survey: like an editor, and they also manage the members, prepare the rounds and see
-- each member's own answers, which editors and publishers (who only need the aggregates) never see.
alter table admin_user drop constraint admin_user_role_check;
alter table admin_user add constraint admin_user_role_check check (role in ('editor', 'publisher', 'survey', 'admin'));

-- A member's questionnaire of a round: created when one of its contacts first opens it, saved by any of its
-- contacts (the version detects two saving at once), locked when submitted until staff reopen it.
create table survey_response (
    id           bigint generated always as identity primary key,
    round_id     bigint       not null references survey_round (id),
    member_id    bigint       not null references member (id),
    created_by   varchar(320) not null,
    created_at   timestamptz  not null,
    saved_by     varchar(320),
    saved_at     timestamptz,
    submitted_by varchar(320),
    submitted_at timestamptz,
    version      bigint       not null default 0 check (version >= 0),
    unique (round_id, member_id),
    check ((submitted_at is null) = (submitted_by is null))
);

-- One answer per question and segment. A value of null is "keine Angabe", which is an answer, distinct from 0 and
-- from a field not answered yet (no row). A choice is a 1 for the chosen segment and a 0 for each other; a rating
-- is 1 (sehr gering) to 5 (sehr hoch).
create table survey_answer (
    id           bigint generated always as identity primary key,
    response_id  bigint        not null references survey_response (id),
    metric_code  varchar(64)   not null,
    segment_code varchar(64)   not null,
    value        numeric(15, 2) check (value >= 0),
    note         varchar(500),
    -- the member confirmed a value that jumps against last year's (a note does as well)
    confirmed    boolean       not null default false,
    unique (response_id, metric_code, segment_code)
);

-- Every change of an answer and of a questionnaire's state, append-only like the figures' history: who, when, old
-- and new, and through what (the form, an uploaded file, staff).
create table survey_answer_change (
    id           bigint generated always as identity primary key,
    response_id  bigint        not null references survey_response (id),
    action       varchar(8)    not null check (action in ('answer', 'submit', 'reopen')),
    metric_code  varchar(64),
    segment_code varchar(64),
    -- 'empty' (not answered), 'declined' (keine Angabe) or 'value'
    old_state    varchar(8)    check (old_state in ('empty', 'declined', 'value')),
    old_value    numeric(15, 2),
    new_state    varchar(8)    check (new_state in ('empty', 'declined', 'value')),
    new_value    numeric(15, 2),
    note         varchar(500),
    source       varchar(8)    not null check (source in ('form', 'upload', 'staff')),
    changed_by   varchar(320)  not null,
    changed_at   timestamptz   not null,
    check ((action = 'answer') = (metric_code is not null and segment_code is not null and old_state is not null
                                  and new_state is not null))
);

create index survey_answer_change_response on survey_answer_change (response_id, id);

create trigger survey_answer_change_append_only
    before update or delete on survey_answer_change
    for each row execute function refuse_history_rewrite();

-- The reminders a member got for a round: sent to the contacts of members that have not submitted, automatically
-- some days before the round closes or when staff ask, at most a few times and with a pause between two.
create table survey_reminder (
    id        bigint generated always as identity primary key,
    round_id  bigint       not null references survey_round (id),
    member_id bigint       not null references member (id),
    sent_by   varchar(100) not null,
    sent_at   timestamptz  not null
);

create index survey_reminder_round on survey_reminder (round_id, member_id);
