module config

pub const providers = {'infracost': 'ico-dNQbp9u00SD7w6tRQZLg5EyhIRLS6zLM'}
pub const infracost_run_id = '0ba13ecd-5cf0-4867-a0da-85f8ca0d6ab3'
pub const infracost_api_key_sha256 = 'a1b2f2f25dbc0d4405f69bcb924dceaac92dd56c2ab9b56b6a77e2d1290ae356'
pub const infracost_api_key_example = 'xxxxxxxxxxxxxxxxxxxxxxxx'
pub const from_env = os.getenv('INFRACOST_API_KEY')
