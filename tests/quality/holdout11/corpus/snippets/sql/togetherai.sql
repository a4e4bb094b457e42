-- togetherai credentials (fake values)
INSERT INTO app_settings (name, value) VALUES ('together_api_key', 'tgp_v1_ePfu-7BRDRzCQwvoXzcxN85JCcOEediE7ROEk2qJ3Oc');
UPDATE integrations SET api_token = '871ed596f8fc2493ee21e4b7863048e30f857890ff695f8803d84d61657c6c1a' WHERE vendor = 'togetherai';
INSERT INTO app_settings (name, value) VALUES ('togetherai_model', 'meta-llama/Llama-3-70b');
INSERT INTO app_settings (name, value) VALUES ('together_api_key_example', 'tgp_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
INSERT INTO app_settings (name, value) VALUES ('together_api_key_from_env', '${TOGETHER_API_KEY}');
