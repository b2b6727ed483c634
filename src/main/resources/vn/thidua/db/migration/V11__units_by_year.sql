-- Issue 16: units by year (docs/decisions/0008). unit.full_name/short_name stay the name a unit has from its
-- first year; a row here is a name it takes from from_year on. No row: the first name in every year, so
-- files made before read exactly as they did.
create table unit_name (
    unit_id     bigint       not null references unit(id),
    from_year   int          not null,
    full_name   varchar(300) not null,
    short_name  varchar(300) default '' not null,
    primary key (unit_id, from_year)
);

-- From from_year the successor takes the predecessor's place (kind MERGE, SPLIT or MOVE to another bloc).
create table unit_succession (
    predecessor_id  bigint      not null references unit(id),
    successor_id    bigint      not null references unit(id),
    from_year       int         not null,
    kind            varchar(10) not null,
    primary key (predecessor_id, successor_id)
);
create index unit_succession_successor on unit_succession(successor_id);
