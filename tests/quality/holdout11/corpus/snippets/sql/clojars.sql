-- clojars credentials (fake values)
INSERT INTO app_settings (name, value) VALUES ('clojars_password', 'CLOJARS_f2131f796b7dac2a1b9d6d7f23ddfd8d02651458a811e1d3f681208ee4df');
UPDATE integrations SET api_token = 'CLOJARS_7c7d12471fc0c2ce367fa3a907dc68128e6bd6eda60d92efecc2797ed697' WHERE vendor = 'clojars';
INSERT INTO app_settings (name, value) VALUES ('clojars_username', 'devf8vzb');
INSERT INTO app_settings (name, value) VALUES ('clojars_password_example', 'CLOJARS_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
INSERT INTO app_settings (name, value) VALUES ('clojars_password_from_env', '${CLOJARS_PASSWORD}');
