local wezterm = require 'wezterm'
local config = wezterm.config_builder()
config.set_environment_variables = {
  -- astraDbApplicationToken = 'AstraCS:obULviVhOzHhWKcmgCbSjKav:5465fb1312775565800b08a524055eb345bf30861dd837ef78cb1923b373bc66',
  ASTRA_DATABASE_ID = '2e4255c5-8788-474c-b44e-af4552754d2d',
  ASTRA_DB_APPLICATION_TOKEN_SHA256 = '92c177cf0b0b8fa5264ac4f249a05b4f5b0a34564c6f4ad442a40f9d7c8bbc8f',
  ASTRA_DB_APPLICATION_TOKEN_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx',
  ASTRA_DB_APPLICATION_TOKEN = os.getenv('ASTRA_DB_APPLICATION_TOKEN'),
}
return config
