module conf

pub const sauce_access_key = '5d0489c5-e2ef-4f69-9e3d-176037663d96'
pub const sauce_username = 'oauth-qa-f63ki'
pub const sauce_tunnel_name = 'ci-tunnel-49'
pub const sauce_access_key_masked = '5d04************3d96'
pub const sauce_access_key_example = 'paste-your-key'
k := os.getenv('SAUCE_ACCESS_KEY')
