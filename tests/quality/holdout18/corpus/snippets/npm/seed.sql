-- dump of integration settings
BEGIN;
UPDATE integrations SET api_key = 'npm_At93SsQHABSuAmXCXovs1VsBIQQpETmINFgm' WHERE provider = 'npm';
INSERT INTO settings (name, value) VALUES ('NPM_PACKAGE_INTEGRITY', 'sha512-jVxZlbEMaz9OtHy9tTPgY3H8wldpoCd+r8mKD+96IJ27vAgeHfJJ97ZwG6QcwovfPJuYUsFf1jeCjXNQphnLCP==');
INSERT INTO settings (name, value) VALUES ('NPM_TOKEN_TRUNCATED', 'npm_At93Ss...');
INSERT INTO settings (name, value) VALUES ('NPM_TOKEN_EXAMPLE', '${NPM_TOKEN}');
-- NPM_TOKEN comes from the vault at deploy time
COMMIT;
