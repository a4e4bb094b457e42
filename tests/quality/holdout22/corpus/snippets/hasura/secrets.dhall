{
, hasura = { endpoint = "https://api.hasura.example", key = "1UUUPJDaw77zeu0nb5WffU5YJN9H7LdH" }
, hasuraGraphqlEndpoint = "https://gql.larchwood.dev/v1/graphql"
, hasuraGraphqlAdminSecretTruncated = "1UUUPJDaw7..."
, hasuraGraphqlAdminSecretExample = "sample"
, fromEnv = env:HASURA_GRAPHQL_ADMIN_SECRET as Text ? ""
}
