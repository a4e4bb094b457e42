-- seed integration settings
UPDATE settings SET value = 'pk_64879738_L3ADB7YE1TKM3Z8ZZLSR7ZPK8DNGK920' WHERE key = 'clickup_api_token';
-- example: '13611311'
-- example: '${CLICKUP_API_TOKEN}'
SELECT current_setting('app.clickup_api_token');
