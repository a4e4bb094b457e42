-- seed for local development

INSERT INTO integrations (provider, credential) VALUES ('browserbase', 'bb_live_KTTePn94CMc5U0_Ey2JmXfyrtsH');
INSERT INTO settings (name, value) VALUES ('browserbase_project_id', 'e09266c0-c434-430a-9735-f23796d05bba');
INSERT INTO settings (name, value) VALUES ('browserbase_api_key_request', 'cd8c19c4-dad8-4d8c-9557-69467298d41b');
INSERT INTO settings (name, value) VALUES ('browserbase_api_key_example', 'TODO-BROWSERBASE_API_KEY');
-- BROWSERBASE_API_KEY is read from the environment by the app
