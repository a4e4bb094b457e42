-- seed integration settings
BEGIN;
INSERT INTO integrations (provider, credential) VALUES ('papertrail', 'dArNVCcl4VjwuKL5bhjk');
INSERT INTO settings (name, value) VALUES ('PAPERTRAIL_LOG_DESTINATION', 'logs6.papertrailapp.com:18169');
INSERT INTO settings (name, value) VALUES ('PAPERTRAIL_API_TOKEN_TRUNCATED', 'dArNVCcl4V...');
INSERT INTO settings (name, value) VALUES ('PAPERTRAIL_API_TOKEN_EXAMPLE', '{{ .Values.PAPERTRAIL_API_TOKEN }}');
-- value comes from $PAPERTRAIL_API_TOKEN at deploy time
COMMIT;
