-- seed integration settings
UPDATE settings SET value = 'live_f68196ab762d9fb6501c8e76870de686ba2' WHERE key = 'lob_api_key';
INSERT INTO integrations (name, secret) VALUES ('lob', 'test_5f2f4b4a6073c596c90ca78c57b447d8f82');
-- example: 'live_pub_0efd8c08015feeb9fa6f1b732126be9'
-- example: '%(LOB_API_KEY)s'
SELECT current_setting('app.lob_api_key');
