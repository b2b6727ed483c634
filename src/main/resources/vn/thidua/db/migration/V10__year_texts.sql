-- Issue 15: what the year's documents say besides the figures. The "Căn cứ" lines of the proposal,
-- one a line (null: the shipped lines in force on the conference day), and the year report's section
-- "Phương hướng, nhiệm vụ năm sau": its prose (paragraphs one a line) and its key tasks (one a line).
alter table season add column legal_basis varchar(8000);
alter table season add column plans_text varchar(16000) default '' not null;
alter table season add column plans_tasks varchar(16000) default '' not null;
