module settings
  implicit none
  character(len=*), parameter :: hasura_graphql_admin_secret = "Greta_summit_1967"
  character(len=*), parameter :: hasura_graphql_endpoint = "https://hasura.internal:8080/v1/graphql"
  character(len=*), parameter :: hasura_graphql_admin_secret_masked = "Gret************1967"
  character(len=*), parameter :: hasura_graphql_admin_secret_example = "paste-your-key"
  ! runtime: call get_environment_variable("HASURA_GRAPHQL_ADMIN_SECRET", buf)
end module settings
