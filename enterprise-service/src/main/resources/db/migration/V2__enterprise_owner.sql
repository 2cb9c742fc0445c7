-- The account (token subject) that created the enterprise: it alone (and admins) may change it and its problems.
-- Null for enterprises an admin registered on someone's behalf. One enterprise per account.
alter table enterprise add column owner_sub varchar(64) unique;
