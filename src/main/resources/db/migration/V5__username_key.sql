-- Accounts are found by one normalised key, the same one the login throttle uses (UserNames.key in the
-- application: NFKC and lower case). Stored names are ASCII, for which that key is lower(username).
alter table admin_user add column username_key varchar(100) generated always as (lower(username)) stored;
drop index admin_user_username;
create unique index admin_user_username_key on admin_user (username_key);

-- Rows of failed logins are removed once they no longer count (see LoginThrottle.forgetOld).
create index login_throttle_last_failure on login_throttle (last_failure);
