-- A rating question's result is the share of members rating a segment at or above the round's threshold:
-- 4 ("hoch") unless staff chose otherwise for the round.
alter table survey_round add column rating_threshold smallint not null default 4
    check (rating_threshold between 1 and 5);

-- A round's results taken into the draft: one import of figures (its change set, with the import's preview and
-- undo), and what each published cell rests on. A later aggregation compares itself with these, so that no
-- difference between two publications gives away one member's answer.
create table survey_result (
    id         bigint generated always as identity primary key,
    round_id   bigint       not null references survey_round (id),
    import_id  bigint       not null unique references figure_import (id),
    applied_by varchar(100) not null,
    applied_at timestamptz  not null
);

-- A cell the draft got from a result, with each contributing member's part of it: a number for a sum, the member's
-- answer (1 or 0 for a choice, the rating, the part of a breakdown) for a share. A cell held back keeps the parts
-- of the earlier cell it kept.
create table survey_result_cell (
    result_id    bigint        not null references survey_result (id),
    metric_code  varchar(64)   not null,
    segment_code varchar(64)   not null,
    published    boolean       not null,
    member_id    bigint        not null references member (id),
    part         numeric(15, 2) not null,
    primary key (result_id, metric_code, segment_code, member_id)
);
