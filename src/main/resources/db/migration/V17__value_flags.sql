-- Value flags: a figure may carry one status from a fixed list, as statistical offices mark their values. A
-- confidential figure is stored as such, with no number at all, so that no path (an export, a backup, a query)
-- can give the withheld value away; every other figure keeps its number.

alter table figure add column status varchar(16)
    check (status in ('provisional', 'estimated', 'revised', 'confidential', 'break'));
alter table figure alter column value drop not null;
alter table figure add constraint figure_confidential_without_value
    check ((value is null) = (status is not distinct from 'confidential'));

alter table release_figure add column status varchar(16)
    check (status in ('provisional', 'estimated', 'revised', 'confidential', 'break'));
alter table release_figure alter column value drop not null;
alter table release_figure add constraint release_figure_confidential_without_value
    check ((value is null) = (status is not distinct from 'confidential'));

-- The history keeps the flag before and after. A side of a change exists when it has a value or is confidential.
alter table figure_change add column old_status varchar(16);
alter table figure_change add column new_status varchar(16);

do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'figure_change'::regclass and contype = 'c'
               and (pg_get_constraintdef(oid) like '%old_value%' or pg_get_constraintdef(oid) like '%new_value%')
    loop
        execute format('alter table figure_change drop constraint %I', c.conname);
    end loop;
end;
$$;

alter table figure_change add constraint figure_change_sides check (
    (old_value is null or old_status is distinct from 'confidential')
    and (new_value is null or new_status is distinct from 'confidential')
    and (action <> 'create' or (old_value is null and old_status is null
                                and (new_value is not null or new_status = 'confidential')))
    and (action <> 'delete' or ((old_value is not null or old_status = 'confidential')
                                and new_value is null and new_status is null))
    and (action not in ('update', 'restore') or new_value is not null or new_status = 'confidential')
    and (action <> 'update' or old_value is not null or old_status = 'confidential'));
