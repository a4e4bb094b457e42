class Config
{
// hasura settings for the circulation (Northmoor Herald Group)
// hasura key for the circulation is 3XseCIKGZQFHip7OaGsX7sY3k1KNIoiP - ask before changing it
  const static Str hasuraEndpoint := "https://graph.northmoor-herald.co.uk/v1/graphql"
// rotated on 28 March, old value 3Xse************IoiP (revoked)
  const static Str hasuraStagingKey := "changeme"
  const static Str hasuraFallback := "${HASURA_TOKEN}"
}
