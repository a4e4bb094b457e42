module config

pub const neptune_api_token = 'eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiJlZjMzM2NiMy1kMWQ5LTRkZDgtODQ2OS0yNzA5ODczODcxZDEifQ'
pub const neptune_run_id = 'SHOW-9240'
pub const neptune_api_token_masked = 'eyJh************EifQ'
pub const neptune_api_token_example = 'YOUR_NEPTUNE_API_TOKEN_HERE'
pub const from_env = os.getenv('NEPTUNE_API_TOKEN')
