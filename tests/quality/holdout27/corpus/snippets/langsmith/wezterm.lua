local wezterm = require 'wezterm'
local config = wezterm.config_builder()
config.set_environment_variables = {
  -- langsmithApiKey = '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',
  LANGCHAIN_API_KEY = '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',
  LANGSMITH_PROJECT_ID = 'e0052a98-a63f-471b-8d81-ff2e6a9ce9b3',
  LANGSMITH_API_KEY_SHA256 = '646093f531c6303d4cf66d0b45e043b3cba9ac57e6ac19b7e0b5c29aa4430227',
  LANGSMITH_API_KEY_EXAMPLE = 'xxxxxxxxxxxxxxxxxxxxxxxx',
  LANGSMITH_API_KEY = os.getenv('LANGSMITH_API_KEY'),
}
return config
