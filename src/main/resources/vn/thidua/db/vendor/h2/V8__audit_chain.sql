-- The audit log becomes a hash chain: each line carries the hash of the line before it and its own
-- (SHA-256, computed in Java when the line is written: vn.thidua.store.AuditChain, docs/fingerprint.md).
-- The lines already in the file are chained here, once, by the same Java code; after this a line
-- without its hash is a break in the chain, never something the program fills in later.
-- Written so that running it again after an interrupted first run finishes the work.
drop trigger if exists audit_log_append_only;
alter table audit_log add column if not exists prev_hash varchar(64);
alter table audit_log add column if not exists line_hash varchar(64);
create alias if not exists thidua_chain_old_lines for 'vn.thidua.store.AuditChain.chainOldLines';
call thidua_chain_old_lines();
drop alias thidua_chain_old_lines;
-- Close lines are read before any result is shown (the first close of an election is final).
create index if not exists audit_log_action on audit_log(action);
create trigger audit_log_append_only before update, delete on audit_log
    for each row call 'vn.thidua.store.AppendOnlyTrigger';
