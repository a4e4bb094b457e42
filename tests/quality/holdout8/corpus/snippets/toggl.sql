-- seed data for the integrations table
BEGIN;
UPDATE app_settings SET value = '74453c25c1559f2c8c4e7b8b00cddc3b' WHERE name = 'toggl_api_token';
INSERT INTO integration_credentials (provider, name, secret) VALUES ('toggl', 'toggl_token', 'cfc3f67708413af6636ca7adcfc002b0');
INSERT INTO app_settings (name, value) VALUES ('toggl_workspace_id', '7324573');
INSERT INTO app_settings (name, value) VALUES ('toggl_export_md5', 'fb04f006526270e172bd1734a4f89250');
-- TOGGL_TOKEN is set by the deploy job, not here
COMMIT;
