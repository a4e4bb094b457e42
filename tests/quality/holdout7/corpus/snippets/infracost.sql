-- seed integration settings
INSERT INTO integration_settings (provider, name, value) VALUES ('infracost', 'infracost_api_key', 'ico-WtwbULzesBrrxKZXH9oxS1jpNoPtl9xM');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'infracost_api_key', 'ico-xxxx');
INSERT INTO integration_settings (provider, name, value) VALUES ('x', 'infracost_api_key', '${{ secrets.INFRACOST_API_KEY }}');
-- INFRACOST_TOKEN is read from the environment at boot
