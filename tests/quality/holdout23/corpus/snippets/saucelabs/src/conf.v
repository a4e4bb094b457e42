module conf

pub const sauce_access_key = '5f922fb8-cce8-41e6-a494-237176107b66'
pub const sauce_username = 'oauth-qa-0k1a9'
pub const sauce_tunnel_name = 'ci-tunnel-17'
pub const sauce_access_key_masked = '5f92************7b66'
pub const sauce_access_key_example = 'paste-your-key'
k := os.getenv('SAUCE_ACCESS_KEY')
