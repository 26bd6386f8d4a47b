-- What a figure from the members' survey rests on: n members answered of so many invited. Kept with the figure in
-- the draft, in each release and on both sides of its history; a figure from another source has none.
alter table figure add column respondents integer check (respondents >= 0);
alter table figure add column invited integer check (invited >= 1);
alter table figure add constraint figure_basis
    check ((respondents is null) = (invited is null) and (respondents is null or respondents <= invited));

alter table release_figure add column respondents integer check (respondents >= 0);
alter table release_figure add column invited integer check (invited >= 1);
alter table release_figure add constraint release_figure_basis
    check ((respondents is null) = (invited is null) and (respondents is null or respondents <= invited));

alter table figure_change add column old_respondents integer;
alter table figure_change add column old_invited integer;
alter table figure_change add column new_respondents integer;
alter table figure_change add column new_invited integer;
