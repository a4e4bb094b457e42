module main

import os

os.setenv('PUSHOVER_APP_TOKEN', 'ax8bzfbe442fp35ht3bnwra0yb6gq0', true)
const pushover_app_token = 'a516kabbya9mae7i4ah7nn0y8qxlpc'
pushover_user_key := 'uwak8dhesggum8lzikot3csjhaoi34'
pushover_sound := 'cosmic'
pushover_token := os.getenv('PUSHOVER_TOKEN')
