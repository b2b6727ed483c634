-- PostgreSQL's V9 (the H2 one is beside, in vendor/h2). An election's threshold exactly as written
-- (66.666666, or a fraction of the base, 2/3); percent keeps the level rounded to 2 decimals.
alter table election add column threshold varchar(40);

-- Texts kept whatever their length: H2 writes varchar(1000000000), beyond PostgreSQL's varchar limit;
-- text is PostgreSQL's unlimited varchar.
alter table ballot alter column unknown_keys set data type text;
alter table ballot_recheck alter column unknown_keys set data type text;
alter table ballot_change alter column before_text set data type text;
alter table ballot_change alter column after_text set data type text;
