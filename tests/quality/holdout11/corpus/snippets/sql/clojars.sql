-- clojars credentials (fake values)
INSERT INTO app_settings (name, value) VALUES ('clojars_password', 'CLOJARS_ac2a1b9d6d7f23ddfd8d02651458a811e1d3f681208ee4df7c7d12471fc0');
UPDATE integrations SET api_token = 'CLOJARS_c2ce367fa3a907dc68128e6bd6eda60d92efecc2797ed6972ac0dbd82c7c' WHERE vendor = 'clojars';
INSERT INTO app_settings (name, value) VALUES ('clojars_username', 'devtm1d5');
INSERT INTO app_settings (name, value) VALUES ('clojars_password_example', 'CLOJARS_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
INSERT INTO app_settings (name, value) VALUES ('clojars_password_from_env', '${CLOJARS_PASSWORD}');
