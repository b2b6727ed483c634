-- Blind double entry: a second operator types the same numbered papers again without seeing the
-- first entry, and the two are compared paper by paper. Never counted: the count is table ballot.
create table ballot_recheck (
    election_id   bigint        not null references election(id),
    number        int           not null,
    kind          varchar(10)   not null,
    approved      varchar(400)  default '' not null,
    unknown_keys  varchar(200)  default '' not null,
    entered_at    timestamp     default current_timestamp not null,
    primary key (election_id, number)
);
