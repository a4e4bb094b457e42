local wezterm = require 'wezterm'
local config = wezterm.config_builder()
config.set_environment_variables = {
  -- langsmithApiKey = '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',
  LANGCHAIN_API_KEY = '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',
  LANGSMITH_PROJECT_ID = 'f6c1c5ae-c9e1-45e0-a52a-98a63f871b8d',
  LANGSMITH_API_KEY_SHA256 = 'fc8a5ef549de3b8ec43680b4402503d8fcdd827671d7625728931f12b1fb3535',
  LANGSMITH_API_KEY_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx',
  LANGSMITH_API_KEY = os.getenv('LANGSMITH_API_KEY'),
}
return config
