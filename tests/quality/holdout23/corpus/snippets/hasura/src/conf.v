module conf

pub const hasura_graphql_admin_secret = '4HORCYzD0lF4QoQq1aefOlinHApTISMj'
pub const hasura_project_id = 'f78be22a-6b76-4fb9-8c5a-720c85ae3547'
pub const hasura_endpoint = 'https://api.example.io/v1/graphql'
pub const hasura_graphql_admin_secret_sha256 = 'a60ded9f735eb4639846a77c97533bb42603698e054d60adc53781fe43b2e16d'
pub const hasura_graphql_admin_secret_example = 'xxxxxxxxxxxxxxxxxxxxxxxx'
k := os.getenv('HASURA_GRAPHQL_ADMIN_SECRET')
