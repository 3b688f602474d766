-- What the conversation planner remembers between turns (counts, flags, topic ids and word-list keys; never text),
-- and room for a longer list of recent sentence ids so a conversation never hears the same line twice.
alter table conversations add column notes varchar(1000) default '' not null;
alter table conversations alter column recent_prompts set data type varchar(4000);
