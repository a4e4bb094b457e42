local wezterm = require 'wezterm'
local config = wezterm.config_builder()
config.set_environment_variables = {
  -- astraDbApplicationToken = 'AstraCS:rMnEJeTfYQmngMaPnFEzFPlI:b6fcfe91a70a43c3163e040a5465fb1312775565800b08a524055eb345bf3086',
  ASTRA_DATABASE_ID = '1dd837ef-78cb-4923-a373-bc662e4255c5',
  ASTRA_DB_APPLICATION_TOKEN_SHA256 = 'dbf142335cf7107e75dfb4aaa5db7940374a999d0ae8e1c78459a1ec84dac915',
  ASTRA_DB_APPLICATION_TOKEN_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx',
  ASTRA_DB_APPLICATION_TOKEN = os.getenv('ASTRA_DB_APPLICATION_TOKEN'),
}
return config
