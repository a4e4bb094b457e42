-- jfrog credentials (fake values)
INSERT INTO app_settings (name, value) VALUES ('artifactory_token', 'cmVmdGtuOjAxOjexqwfr047mVSjkhDbGfucYuoDZRX3ODe5hbZG9XpwQjWv3yiGnD');
UPDATE integrations SET api_token = 'AKCp8e4S5wwSnkFOBr5CUL28lmBY1dRlNSof21E4roHTHPLVF5xo4Mrc6nxuAV1WolZQvazqJ' WHERE vendor = 'jfrog';
INSERT INTO app_settings (name, value) VALUES ('jfrog_placeholder', 'AKCpXXXXXXXXXXXXXXXXXXXXXXXX');
INSERT INTO app_settings (name, value) VALUES ('artifactory_token_example', 'cmVmdGtuOjAxOjxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
