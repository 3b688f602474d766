-- Anonymous daily counts for the organisers' /stats. A day (epoch day, UTC), a name, a number: nothing about anyone.
create table tallies (
    day    bigint      not null,
    name   varchar(64) not null,
    amount bigint      not null,
    primary key (day, name)
);
