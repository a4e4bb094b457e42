module main

import os

const wp_app_password = 'HiAV hUBY yS48 SpHU LdOA CYay'
os.setenv('AUTH_SALT', 'lfhf:Nco#QlS0(]qnS|9M,(]l9:F6[nN7QnrF}WaP(ge4[l}P}g!1eov?;dh9,vs', true)
auth_salt := 'put your unique phrase here'
wp_username := 'editor'
wp_token := os.getenv('WP_TOKEN')
