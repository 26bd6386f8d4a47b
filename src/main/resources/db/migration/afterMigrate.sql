-- Runs after every migration, as the schema's owner. The application's own role may read and write the data, but
-- it owns nothing, so it cannot change the schema, disable a trigger or truncate a table; the history it may only
-- read and append to. When the application and the migrations share one role (an external database without
-- SPRING_FLYWAY_USER), there is nobody to grant to: the application logs a warning at start.
do $$
declare
    app name := '${app_role}';
begin
    if app = current_user then
        raise notice 'The application works as the schema owner %: the history is protected by its trigger only', app;
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke update, delete, truncate, references, trigger on figure_change from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on account_change from %I', app);
    execute format('revoke delete, truncate, references, trigger on release from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on release_figure from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on release_metric from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on release_metric_segment from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on release_headline_tile from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on release_source from %I', app);
    execute format('revoke update, delete, truncate, references, trigger on catalogue_change from %I', app);
    execute format('revoke delete, truncate, references, trigger on mail_outbox from %I', app);
    execute format('revoke insert, update, delete, truncate, references, trigger on flyway_schema_history from %I', app);
end $$;
