-- seed integration settings
BEGIN;
UPDATE connectors SET auth = '3d57989b-b5ab-4334-8c6e-49022ee065a0' WHERE name = 'postmark';
INSERT INTO settings (name, value) VALUES ('POSTMARK_MESSAGE_ID', 'fb66c1df-359e-4c1d-9b5b-7ec9f73091b9');
INSERT INTO settings (name, value) VALUES ('POSTMARK_SERVER_TOKEN_MASKED', '3d57************65a0');
INSERT INTO settings (name, value) VALUES ('POSTMARK_SERVER_TOKEN_EXAMPLE', 'change-me');
-- value comes from $POSTMARK_SERVER_TOKEN at deploy time
COMMIT;
