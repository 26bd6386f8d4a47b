-- A survey round: the members' yearly survey for one reporting year. Its questions come from the metric catalogue
-- (one question per metric, asked per segment), it is open from one day to another in VITAKO_TIME_ZONE, and it
-- names the members it invites.
create table survey_round (
    id         bigint generated always as identity primary key,
    year       integer      not null unique check (year between 1990 and 2100),
    title_de   varchar(200) not null check (btrim(title_de) <> ''),
    title_en   varchar(200) not null check (btrim(title_en) <> ''),
    opens_on   date         not null,
    closes_on  date         not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0 check (version >= 0),
    check (closes_on >= opens_on)
);

-- The kind of answer follows the metric: a number per segment for counts and euros; for shares of one whole, one
-- choice per member or the member's own breakdown; for other percentages, a rating per segment.
create table survey_question (
    id          bigint        generated always as identity primary key,
    round_id    bigint        not null references survey_round (id),
    metric_code varchar(64)   not null references metric (code),
    position    integer       not null check (position > 0),
    answer_kind varchar(16)   not null check (answer_kind in ('number', 'choice', 'breakdown', 'rating')),
    help_de     varchar(2000),
    help_en     varchar(2000),
    unique (round_id, metric_code),
    constraint survey_question_position unique (round_id, position) deferrable initially deferred
);

create table survey_invitation (
    id         bigint       generated always as identity primary key,
    round_id   bigint       not null references survey_round (id),
    member_id  bigint       not null references member (id),
    invited_by varchar(100) not null,
    invited_at timestamptz  not null,
    unique (round_id, member_id)
);
