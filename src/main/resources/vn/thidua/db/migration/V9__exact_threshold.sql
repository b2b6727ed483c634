-- An election's threshold exactly as written: a percentage with all its decimals (66.666666) or a
-- fraction of the base (2/3). The rules read this column; percent keeps the level rounded to
-- 2 decimals, for reading the table by hand. Elections stored before it leave it empty and are read
-- from percent, as they were judged.
alter table election add column threshold varchar(40);
