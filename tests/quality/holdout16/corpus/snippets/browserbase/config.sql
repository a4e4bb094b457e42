-- seed for local development

INSERT INTO integrations (provider, credential) VALUES ('browserbase', 'bb_live_TTePn94CMc5U0_Ey2JmXfyrtsH4');
INSERT INTO settings (name, value) VALUES ('browserbase_project_id', '09266c0c-4346-40ae-b35f-23796d05bba5');
INSERT INTO settings (name, value) VALUES ('browserbase_api_key_request', 'd8c19c4d-ad82-48cf-b576-9467298d41b6');
INSERT INTO settings (name, value) VALUES ('browserbase_api_key_example', 'TODO-BROWSERBASE_API_KEY');
-- BROWSERBASE_API_KEY is read from the environment by the app
