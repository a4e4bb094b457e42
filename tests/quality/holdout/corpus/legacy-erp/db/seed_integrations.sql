INSERT INTO integrations (id, provider, api_key, created_at) VALUES
  ('60341128-a86b-4272-bd25-aa487dd9eef8', 'postmark', 'b9fb1e0a-3a26-463a-92ae-890dec65f6eb', now()),
  ('e23e367c-5d3b-49a7-8201-8fc7bf64ae25', 'shippo', 'shippo_live_de16c0e31df748d6295269556a3f2f224e66ba4d', now()),
  ('0ae64892-1034-4478-bdf0-9cefbb5091f3', 'easypost', 'EZAK13f2006c2783ac39aaf09931c898b7446b87399fcde158b00a4b94', now()),
  ('11119821-e378-4bdc-a443-e84babca2e5a', 'demo', 'demo-key', now());
UPDATE settings SET value = 'https://hooks.slack.com/services/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' WHERE name = 'alert_webhook';
