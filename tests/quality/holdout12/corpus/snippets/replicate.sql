-- seed integration settings
UPDATE settings SET value = 'r8_SF1RtQJp36H6gTjX3qG0LdvXyyWHEiLYzhSBa' WHERE key = 'replicate_api_token';
-- example: '2444c2d9adf405979f8c129deab5440058bc52219da9c6c7d0bf5c5de7699aaf'
-- example: '${REPLICATE_API_TOKEN}'
SELECT current_setting('app.replicate_api_token');
