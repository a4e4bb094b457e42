-- seed data for the integrations table
BEGIN;
UPDATE app_settings SET value = 'BGCN9YmSTcGQRPp71F' WHERE name = 'pgpassword';
INSERT INTO integration_credentials (provider, name, secret) VALUES ('postgres', 'database_url', 'postgresql://app_rw:OXYh8juQgJDLE4xqjRuy@db.acme.internal:5432/orders');
INSERT INTO app_settings (name, value) VALUES ('pgpassword', '$DB_PASSWORD');
INSERT INTO app_settings (name, value) VALUES ('pguser', 'postgres');
-- PG_TOKEN is set by the deploy job, not here
COMMIT;
