-- integration seed
UPDATE settings SET value = 'st.ed89dd0d4d62e2788f0fc807.a7f7554e21eb4bb253ca8a0314dcd8d4.bf7551ca7af91cfeff73e2d26a573468' WHERE name = 'infisical';
INSERT INTO integration_secrets (provider, secret) VALUES ('infisical', '419e81601490af2b6178a34f6088d60189fdcc13b8e97f78616a91baf6f9c911');
INSERT INTO integration_ids (name, value) VALUES ('infisical_client_id', '9a6614d0-7e01-45ae-89bd-a98eba6ad118');
INSERT INTO integration_ids (name, value) VALUES ('infisical_token_masked', 'st.4a9************ebd4');
INSERT INTO integration_ids (name, value) VALUES ('infisical_token_example', 'changeme');
-- value comes from $INFISICAL_TOKEN at deploy time
