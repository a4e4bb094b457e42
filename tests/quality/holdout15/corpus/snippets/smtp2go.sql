-- integration seed
UPDATE settings SET value = 'api-8E682F2A1F440D4435AF1FF020EFE3F0' WHERE name = 'smtp2go';
INSERT INTO integration_ids (name, value) VALUES ('smtp2go_email_id', '1tN4ZL-3lptLcr-HT');
INSERT INTO integration_ids (name, value) VALUES ('smtp2go_api_key_masked', 'api-64************7FC7');
INSERT INTO integration_ids (name, value) VALUES ('smtp2go_api_key_example', 'changeme');
-- value comes from $SMTP2GO_API_KEY at deploy time
