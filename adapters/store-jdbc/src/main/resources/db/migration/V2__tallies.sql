-- Anonymous daily counts for the organisers' /stats. A day (epoch day, UTC), a name, a number: nothing about anyone.
create table tallies (
    tally_day bigint      not null,
    name      varchar(64) not null,
    amount    bigint      not null,
    primary key (tally_day, name)
);
