-- PostgreSQL's V14 (H2's, in vendor/h2, is empty): who may write which bloc (issue 19, item 6;
-- docs/decisions/0012-roles-per-bloc.md). Each secretary signs in as a role of their own; a row of
-- bloc_grant lets that role write one bloc's data (kind BLOC) or marks an office role (kind OFFICE), which
-- is given SELECT only. Every role may read every bloc; the administrator (the owner of the tables, who ran
-- the migrations), superusers and BYPASSRLS roles are unaffected. `thidua province grant` writes the rows and
-- the table privileges.

-- The functions below that the policies and triggers call pin their search path to this schema with pg_temp
-- LAST ("set search_path from current" takes the path set here): otherwise a secretary's temporary table
-- named bloc_grant, bloc or unit, searched first by default, would stand in for the real one. The helpers
-- they call carry no path of their own (a SET on every helper call cost about 1 ms a row written).
select set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

create table bloc_grant (
    role_name   varchar(63) not null,
    kind        varchar(10) not null,
    bloc_code   varchar(20) default '' not null,
    granted_at  timestamp   default current_timestamp not null,
    primary key (role_name, kind, bloc_code)
);
revoke all on bloc_grant from public;
-- Readable by all: the checks below run as the role that writes (who is whose secretary is no secret).
grant select on bloc_grant to public;

-- The bloc an audit line is about, set by the database from the line itself (never by the writer), so a
-- secretary can neither write a line about another bloc nor pass one off as their own.
alter table audit_log add column bloc_code varchar(20);

create function thidua_is_admin() returns boolean language sql stable as $$
    select coalesce((select r.rolsuper or r.rolbypassrls from pg_roles r where r.rolname = current_user), false)
        or pg_has_role(current_user, (select c.relowner from pg_class c where c.oid = 'bloc'::regclass), 'USAGE')
$$;

create function thidua_bloc_by_id(bloc_id bigint) returns varchar language sql stable as $$
    select b.code from bloc b where b.id = bloc_id
$$;

create function thidua_bloc_of_season(season_id bigint) returns varchar language sql stable as $$
    select b.code from season s join bloc b on b.id = s.bloc_id where s.id = season_id
$$;

create function thidua_bloc_of_unit(unit_id bigint) returns varchar language sql stable as $$
    select b.code from unit u join bloc b on b.id = u.bloc_id where u.id = unit_id
$$;

create function thidua_bloc_of_election(election_id bigint) returns varchar language sql stable as $$
    select b.code from election e join season s on s.id = e.season_id join bloc b on b.id = s.bloc_id where e.id = election_id
$$;

create function thidua_bloc_of_criterion(criterion_id bigint) returns varchar language sql stable as $$
    select b.code from criterion k join season s on s.id = k.season_id join bloc b on b.id = s.bloc_id where k.id = criterion_id
$$;

create function thidua_bloc_of_indicator(indicator_id bigint) returns varchar language sql stable as $$
    select b.code from indicator i join season s on s.id = i.season_id join bloc b on b.id = s.bloc_id where i.id = indicator_id
$$;

-- Every bloc a row of a table belongs to: directly (bloc, unit, season), through its year, unit or election.
-- A score names its unit and its criterion, a member its year and its unit, a succession two units: all count.
create function thidua_row_blocs(tbl name, r jsonb) returns varchar[] language sql stable as $$
    select case
        when tbl = 'bloc' then array[r->>'code']
        when tbl in ('unit', 'season') then array[thidua_bloc_by_id((r->>'bloc_id')::bigint)]
        when tbl in ('season_member', 'indicator') then array[thidua_bloc_of_season((r->>'season_id')::bigint),
                                                              thidua_bloc_of_unit((r->>'unit_id')::bigint)]
        when tbl in ('criterion_group', 'criterion', 'season_bands', 'election', 'unit_return')
            then array[thidua_bloc_of_season((r->>'season_id')::bigint)]
        when tbl = 'score' then array[thidua_bloc_of_unit((r->>'unit_id')::bigint),
                                      thidua_bloc_of_criterion((r->>'criterion_id')::bigint)]
        when tbl = 'unit_name' then array[thidua_bloc_of_unit((r->>'unit_id')::bigint)]
        when tbl = 'unit_succession' then array[thidua_bloc_of_unit((r->>'predecessor_id')::bigint),
                                                thidua_bloc_of_unit((r->>'successor_id')::bigint)]
        when tbl in ('election_candidate', 'ballot', 'ballot_recheck', 'ballot_change')
            then array[thidua_bloc_of_election((r->>'election_id')::bigint)]
        when tbl = 'audit_log' then array[r->>'bloc_code']
        else array[null::varchar]
    end
$$;

-- True when the connected role may write every bloc the row belongs to; otherwise the write is refused
-- with SQLSTATE 42501, message 'thidua.denied', the bloc's code as detail and the role as hint, which
-- the program turns into "Tài khoản … không được sửa dữ liệu của khối …" (store.ServerDatabase).
create function thidua_check_row(tbl name, r jsonb) returns boolean language plpgsql stable as $$
declare
    code varchar;
begin
    if thidua_is_admin() then
        return true;
    end if;
    foreach code in array thidua_row_blocs(tbl, r) loop
        if code is null or not exists (select 1 from bloc_grant g where g.role_name = current_user
                and g.kind = 'BLOC' and g.bloc_code = code) then
            raise exception using errcode = '42501', message = 'thidua.denied', detail = coalesce(code, ''),
                hint = current_user, table = tbl;
        end if;
    end loop;
    return true;
end
$$;

-- What the policies call, with the search path pinned.
create function thidua_may_write_row(tbl name, r jsonb) returns boolean language sql stable
    set search_path from current as $$
    select thidua_check_row(tbl, r)
$$;

-- The row as it was, before an update or a delete: a policy's USING clause either hides the other blocs'
-- rows (a silent 0 rows) or, if it raised, would raise on rows the statement's WHERE clause excludes
-- (policies are checked before the statement's own conditions). A row trigger sees exactly the rows
-- written, and refuses naming the bloc.
create function thidua_guard_old() returns trigger language plpgsql set search_path from current as $$
begin
    perform thidua_check_row(tg_table_name, to_jsonb(old));
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

-- The bloc of an audit line, from its action and detail ("k=v; k=v"): every id it names (season, unit,
-- election, criterion, indicator, predecessor, successor), the bloc's code of an import, a publish or a
-- grant ("bloc=KTN"), the new bloc of bloc.add ("code=KTN"), the bloc id of season.add ("bloc=3"; elsewhere,
-- as in score.save, "bloc=" is a score). Id 0 is a row being added (criterion.add): no id. One bloc, or null
-- (none, several, or an id that names nothing).
create function thidua_audit_bloc(category varchar, action varchar, detail varchar) returns varchar
    language plpgsql stable as $$
declare
    m text[];
    code varchar;
    codes varchar[] := '{}';
begin
    for m in select regexp_matches(detail,
            '(?:^|; )(season|unit|election|criterion|indicator|predecessor|successor)=([0-9]{1,18})(?=;|$)', 'g') loop
        if m[2]::bigint = 0 then
            continue; -- "criterion=0": a criterion or indicator being added, not yet an id
        end if;
        code := case m[1]
            when 'season' then thidua_bloc_of_season(m[2]::bigint)
            when 'election' then thidua_bloc_of_election(m[2]::bigint)
            when 'criterion' then thidua_bloc_of_criterion(m[2]::bigint)
            when 'indicator' then thidua_bloc_of_indicator(m[2]::bigint)
            else thidua_bloc_of_unit(m[2]::bigint)
        end;
        codes := codes || coalesce(code, '');
    end loop;
    if action = 'season.add' then
        for m in select regexp_matches(detail, '(?:^|; )bloc=([0-9]{1,18})(?=;|$)', 'g') loop
            codes := codes || coalesce(thidua_bloc_by_id(m[1]::bigint), '');
        end loop;
    elsif category in ('import', 'roles') then
        for m in select regexp_matches(detail, '(?:^|; )bloc=([^;]*)', 'g') loop
            codes := codes || m[1]::varchar;
        end loop;
    elsif action = 'bloc.add' then
        for m in select regexp_matches(detail, '(?:^|; )code=([^;]*)', 'g') loop
            codes := codes || m[1]::varchar;
        end loop;
    end if;
    select array_agg(distinct c) into codes from unnest(codes) c;
    if coalesce(array_length(codes, 1), 0) <> 1 or codes[1] = '' then
        return null;
    end if;
    return codes[1];
end
$$;

create function thidua_audit_line_bloc() returns trigger language plpgsql set search_path from current as $$
begin
    new.bloc_code := thidua_audit_bloc(new.category, new.action, new.detail);
    return new;
end
$$;

create trigger audit_log_bloc before insert on audit_log for each row execute function thidua_audit_line_bloc();

-- Reading: everyone. Writing: the rows of the role's blocs (new rows by policy, old rows by trigger).
-- The audit log: read and appended to (its own bloc's lines); never changed (no UPDATE or DELETE privilege
-- is granted, no policy allows them, and V4's trigger refuses them even to the administrator).
do $$
declare
    t text;
begin
    foreach t in array array['bloc', 'unit', 'season', 'season_member', 'criterion_group', 'criterion', 'score',
            'season_bands', 'indicator', 'election', 'election_candidate', 'ballot', 'ballot_change', 'ballot_recheck',
            'unit_name', 'unit_succession', 'unit_return', 'audit_log'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy thidua_read on %I for select using (true)', t);
        execute format('create policy thidua_insert on %I for insert with check (thidua_may_write_row(%L, to_jsonb(%I)))',
                t, t, t);
        if t <> 'audit_log' then
            execute format('create policy thidua_update on %I for update using (true)'
                    || ' with check (thidua_may_write_row(%L, to_jsonb(%I)))', t, t, t);
            execute format('create policy thidua_delete on %I for delete using (true)', t);
            execute format('create trigger thidua_guard_old before update or delete on %I'
                    || ' for each row execute function thidua_guard_old()', t);
        end if;
    end loop;
end
$$;
