-- seed integration settings
INSERT INTO integration_settings (provider, name, value) VALUES ('wakatime', 'wakatime_api_key', 'waka_330546b0-f740-4264-90d0-6831f7023384');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'wakatime_user_id', '7cbdef6c-fcf0-4890-9a3b-918a6608b583');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'wakatime_api_key', 'waka_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx');
-- WAKATIME_TOKEN is read from the environment at boot
