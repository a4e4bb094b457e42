* hasura credentials (fake values)
global hasura_graphql_admin_secret "6HoSiRNCwslfMYIqI9GlNEX8UyTK0GEt"
!curl -H "X-Api-Key: OrhFfeCdRfpZ9NsJFDGnjwqZOJxkvDi0" https://api.hasura.example/export
global hasura_docs_example "myadminsecretkey"
global hasura_graphql_admin_secret_masked "6HoSiR...0GEt"
local key : env HASURA_GRAPHQL_ADMIN_SECRET
