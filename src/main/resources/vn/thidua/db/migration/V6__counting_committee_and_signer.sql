-- Who the year's documents name: the counting committee (its head, then its members, one per line)
-- in the vote-count minutes, and the person who signs the award proposal and the year-end report.
alter table season add column counting_head varchar(200) default '' not null;
alter table season add column counting_members varchar(2000) default '' not null;
alter table season add column signer varchar(200) default '' not null;
