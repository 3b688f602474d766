-- Matching members with volunteers (issue 18): topic ids and a language, never message text.
alter table conversations add column topics varchar(200);
alter table conversations add column language varchar(16);
alter table handoffs add column topics varchar(200);
alter table handoffs add column language varchar(16);
