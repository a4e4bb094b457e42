-- seed data for the integrations table
BEGIN;
UPDATE app_settings SET value = 'ico-SLMdEIBuwkZzHJwGPAbqHHdmGdWhl7xE' WHERE name = 'infracost_api_key';
INSERT INTO integration_credentials (provider, name, secret) VALUES ('infracost', 'infracost_api_key', 'ico-z2Te5V0bqpYoxA4TQ8m31UJZR3Hbky3J');
INSERT INTO app_settings (name, value) VALUES ('infracost_api_key', 'ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
INSERT INTO app_settings (name, value) VALUES ('infracost_currency', 'EUR');
-- INFRACOST_TOKEN is set by the deploy job, not here
COMMIT;
