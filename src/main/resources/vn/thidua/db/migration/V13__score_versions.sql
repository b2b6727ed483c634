-- Optimistic locking of a unit's score on a criterion (issue 19): each save raises row_version, and a
-- save made from a window that loaded an older version is refused, naming when the row was changed.
alter table score add column row_version int default 0 not null;
