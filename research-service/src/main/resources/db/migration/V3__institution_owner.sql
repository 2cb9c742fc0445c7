-- The account (token subject) that created the institution: it alone (and admins) may change it, its results
-- and its uploads. Null for institutions an admin registered on someone's behalf. One institution per account.
alter table institution add column owner_sub varchar(64) unique;
