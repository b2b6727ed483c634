-- Issue 19, laptop and server (docs/decisions/0013-fingerprint-parent.md). The format of the fingerprint an
-- election was sealed with: 1 for every election closed before this migration, 2 (no database id in its text)
-- for every one closed from now on. A /1-sealed election copied from another database keeps the ids its text
-- named there: sealed_parent (the id of the round it settles, there) and sealed_units ("CODE=id;..." for the
-- units its papers approve that are not candidates); null where the ids are this database's own.
alter table election add column fingerprint_format int default 1 not null;
alter table election add column sealed_parent bigint;
alter table election add column sealed_units varchar(2000);

-- Stale edits refused beyond scores (decision 0011, as V13 did for score): each save raises the version and
-- stamps the time; a save from a window that read an older version is refused, naming when it changed.
alter table indicator add column row_version int default 0 not null;
alter table indicator add column changed_at timestamp;
alter table criterion add column row_version int default 0 not null;
alter table criterion add column changed_at timestamp;
alter table season_bands add column row_version int default 0 not null;
alter table season_bands add column changed_at timestamp;
alter table season add column details_version int default 0 not null;
alter table season add column details_changed_at timestamp;
alter table season add column leaders_version int default 0 not null;
alter table season add column leaders_changed_at timestamp;
