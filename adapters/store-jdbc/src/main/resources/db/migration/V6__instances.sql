-- Several instances on one database (issue 18): who holds the platform gateways (Telegram long poll, Discord),
-- as a lease that its holder renews every few seconds and another instance takes once it has lapsed.
-- Epoch milliseconds, as everywhere else. Nothing about members.
create table leases (
    name       varchar(64)  primary key,
    holder     varchar(200) not null,
    expires_at bigint       not null
);
