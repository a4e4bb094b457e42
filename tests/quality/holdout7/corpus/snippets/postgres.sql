-- seed integration settings
UPDATE app_config SET secret = 'postgresql://app_jnow:1VEETH+Lvdo974q*06@db.ec71mb.internal:5432/app' WHERE name = 'database_url';
INSERT INTO integration_settings (provider, name, value) VALUES ('postgres', 'pgpassword', 'h8oIMw-aU9NWpnM-43');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'database_url', 'postgresql://user:password@localhost:5432/dbname');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'database_url', 'postgres://app:${DB_PASSWORD}@db:5432/app');
-- DATABASE_TOKEN is read from the environment at boot
