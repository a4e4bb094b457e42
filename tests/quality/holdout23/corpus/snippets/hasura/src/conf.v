module conf

pub const hasura_graphql_admin_secret = 'n7vVOUQAISfIKu8Qs8iKrTguTC5RuiWP'
pub const hasura_project_id = '789d2882-0f2c-4fc3-885e-6e46ece5f780'
pub const hasura_endpoint = 'https://api.example.io/v1/graphql'
pub const hasura_graphql_admin_secret_sha256 = '368d18feb941845a8a1e292afe7af7709548e4347f35c69b81e5f1d0ccc8be36'
pub const hasura_graphql_admin_secret_example = 'xxxxxxxxxxxxxxxxxxxxxxxx'
k := os.getenv('HASURA_GRAPHQL_ADMIN_SECRET')
