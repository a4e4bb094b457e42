-- seed integration settings
UPDATE app_config SET secret = 'pk_32610008_X35EZHFQUOF6ZL2KXPOLCQWD9BDQ64DG' WHERE name = 'clickup_api_token';
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'clickup_team_id', '25034997');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'clickup_api_token', 'pk_XXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX');
-- CLICKUP_TOKEN is read from the environment at boot
