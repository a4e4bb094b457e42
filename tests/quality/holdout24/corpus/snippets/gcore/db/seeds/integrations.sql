-- staging seed
INSERT INTO connectors (provider, region, cfg) VALUES ('gcore', 'eu', '14715$3b3638dedd65f978adf1443943b79134e9ac437ebb5313cb6b51b1879809914664777c64a5b3b8eddb1aa25842bc478ba5de7e00b34b39c8e303ce56d3a0b682');
INSERT INTO settings (name, value) VALUES ('gcore_project_id', '225614');
INSERT INTO settings (name, value) VALUES ('gcore_api_token_masked', '1471************b682');
INSERT INTO settings (name, value) VALUES ('gcore_api_token_example', '[REDACTED]');
-- GCORE_API_TOKEN comes from the environment in production
