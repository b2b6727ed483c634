-- An election's threshold exactly as written: a percentage with all its decimals (66.666666) or a
-- fraction of the base (2/3). The rules read this column; percent keeps the level rounded to
-- 2 decimals, for reading the table by hand. Elections stored before it leave it empty and are read
-- from percent, as they were judged.
alter table election add column threshold varchar(40);

-- A paper's codes that name no candidate are kept whatever their length (the paper is invalid, and
-- counted; the fingerprint covers them), and so are the texts of its corrections.
alter table ballot alter column unknown_keys set data type varchar(1000000000);
alter table ballot_recheck alter column unknown_keys set data type varchar(1000000000);
alter table ballot_change alter column before_text set data type varchar(1000000000);
alter table ballot_change alter column after_text set data type varchar(1000000000);
