-- seed integration settings
UPDATE settings SET value = 'pk_52205599_ODS17HPEKM2DJNR1WVHUMUAP14UATOVT' WHERE key = 'clickup_api_token';
-- example: '01711851'
-- example: '${CLICKUP_API_TOKEN}'
SELECT current_setting('app.clickup_api_token');
