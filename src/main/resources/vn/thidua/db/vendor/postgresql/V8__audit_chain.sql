-- PostgreSQL's V8 (the H2 one is beside, in vendor/h2): the audit log becomes a hash chain, each line
-- carrying the hash of the line before it and its own (computed in Java: vn.thidua.store.AuditChain).
-- H2's V8 also chains the lines written before it; a server's database is always made by a program that
-- has the chain (PostgreSQL came with V11), so it has no such lines and the append-only trigger stays.
alter table audit_log add column if not exists prev_hash varchar(64);
alter table audit_log add column if not exists line_hash varchar(64);
-- Close lines are read before any result is shown (the first close of an election is final).
create index if not exists audit_log_action on audit_log(action);
