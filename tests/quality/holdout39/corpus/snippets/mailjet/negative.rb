# mailjet: not secrets
mj_apikey_public = '5fdf2d954132b2c5d57769868596bec4'
mj_apikey_private_old = '94e8************6903'
mj_apikey_private_staging = 'not-set'
