-- seed data for the integrations table
BEGIN;
UPDATE app_settings SET value = 'CCIPAT_NjF2APqX74fOTtihnIMfp4_24b9ed5b266478c0a52471bebe8c4d02f6a8b689' WHERE name = 'circleci_token';
INSERT INTO integration_credentials (provider, name, secret) VALUES ('circleci', 'circle_token', '5965afb91ebf15b22a5f2600c66b4e4478c57dd5');
INSERT INTO app_settings (name, value) VALUES ('circle_pipeline_id', '747bf266-2704-4777-8596-25f74dc3bc17');
INSERT INTO app_settings (name, value) VALUES ('circle_project_slug', 'gh/acme/storefront');
-- CIRCLECI_TOKEN is set by the deploy job, not here
COMMIT;
