-- seed integration settings
UPDATE settings SET value = 'live_e8301cdd10a465490ab2def3e3c74729179' WHERE key = 'lob_api_key';
INSERT INTO integrations (name, secret) VALUES ('lob', 'test_0f3185d3ba080eece04513e1acc5d3829de');
-- example: 'live_pub_14523dc89e64c108b763b7293b7b9cb'
-- example: '%(LOB_API_KEY)s'
SELECT current_setting('app.lob_api_key');
