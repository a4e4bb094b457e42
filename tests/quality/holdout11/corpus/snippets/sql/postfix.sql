-- postfix credentials (fake values)
INSERT INTO app_settings (name, value) VALUES ('sasl_passwd', 'HDLhjSt1qAqJXzvMj8p3');
UPDATE integrations SET api_token = 'MJag6hdBLxrIaq0lQH50' WHERE vendor = 'postfix';
INSERT INTO app_settings (name, value) VALUES ('postfix_relayhost', '[smtp.sendgrid.net]:587');
INSERT INTO app_settings (name, value) VALUES ('sasl_passwd_example', 'xxxxxxxxxxxxxxxxxxxx');
