-- The roles of the embedded default, in the Testcontainers PostgreSQL: an owner that runs the migrations and an
-- application role that owns nothing.
create role vitako_owner login password 'owner-test-password';
create role vitako login password 'app-test-password';
create database vitako owner vitako_owner;
