-- dump of integration settings
BEGIN;
INSERT INTO settings (name, value) VALUES ('CLOUDFLARE_API_TOKEN', 'Owo5iF_XGnxaVm2VbkB1-9oi1My3DCrhp0d14Pcd');
UPDATE integrations SET api_key = '1272c6afa9f33ed73d7914a82ba2b183df08c' WHERE provider = 'cloudflare';
INSERT INTO settings (name, value) VALUES ('CLOUDFLARE_ZONE_ID', '415954bae82533d7c8f0ec45ce853e0d');
INSERT INTO settings (name, value) VALUES ('CLOUDFLARE_ACCOUNT_ID', 'b17b0b49d709ab796327f0811182a3bb');
INSERT INTO settings (name, value) VALUES ('CLOUDFLARE_API_TOKEN_SHA256', 'e3e18de2c49aa64ed7167b3f22758cb2b7e2c2f2913197951b495de7d206862a');
INSERT INTO settings (name, value) VALUES ('CLOUDFLARE_API_TOKEN_EXAMPLE', '$(CLOUDFLARE_API_TOKEN)');
-- CLOUDFLARE_API_TOKEN comes from the vault at deploy time
COMMIT;
