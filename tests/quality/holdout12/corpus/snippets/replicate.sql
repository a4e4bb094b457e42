-- seed integration settings
UPDATE settings SET value = 'r8_yuU5Oo5I7zOsqLl8l4P4Dptk0XSGzMZIc2Rn6' WHERE key = 'replicate_api_token';
-- example: '64371a0b33d61d05fb60980ca3d1989c2039753a39027308e8b62a3f58dc05fd'
-- example: '${REPLICATE_API_TOKEN}'
SELECT current_setting('app.replicate_api_token');
