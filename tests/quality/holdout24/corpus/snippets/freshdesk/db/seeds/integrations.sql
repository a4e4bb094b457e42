-- staging seed
INSERT INTO settings (name, value) VALUES ('freshdesk_api_key', 'AipsfKRHMf9SuftomVbD');
INSERT INTO settings (name, value) VALUES ('freshdesk_domain', 'fernquay.freshdesk.com');
INSERT INTO settings (name, value) VALUES ('freshdesk_api_key_masked', 'Aips************mVbD');
INSERT INTO settings (name, value) VALUES ('freshdesk_api_key_example', 'paste-your-key');
-- FRESHDESK_API_KEY comes from the environment in production
