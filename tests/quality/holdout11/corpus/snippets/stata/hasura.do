* hasura credentials (fake values)
global hasura_graphql_admin_secret "P6HoSiRNCwslfMYIqI9GlNEX8UyTK0GE"
!curl -H "X-Api-Key: tOrhFfeCdRfpZ9NsJFDGnjwqZOJxkvDi" https://api.hasura.example/export
global hasura_docs_example "myadminsecretkey"
global hasura_graphql_admin_secret_masked "P6HoSi...K0GE"
local key : env HASURA_GRAPHQL_ADMIN_SECRET
