-- PostgreSQL's V16 (the H2 one is beside, in vendor/h2). An index on every foreign key that had none,
-- as H2 makes for each foreign key itself: without score(criterion_id) a year's scores (joined through
-- criterion) read the whole score table, 60 ms a scoreboard in a province of 30 blocs over 10 years
-- (bench/province-scale.sh, bench/RESULTS.md). The others serve the elections of a year, the runoffs of
-- an election, a unit's history and the checks before a unit is removed.
create index score_criterion on score(criterion_id);
create index election_season on election(season_id);
create index election_parent on election(parent_id);
create index election_candidate_unit on election_candidate(unit_id);
create index ballot_change_election on ballot_change(election_id);
create index indicator_unit_only on indicator(unit_id);
create index season_head_unit on season(head_unit_id);
create index season_deputy_unit on season(deputy_unit_id);
create index season_member_unit on season_member(unit_id);
create index unit_return_unit on unit_return(unit_id);
