-- What the documents of a year need to know of its conference: the day, the place, the superior body.
alter table season add column conference_date date;
alter table season add column place varchar(200) default '' not null;
alter table season add column superior_body varchar(300) default '' not null;
