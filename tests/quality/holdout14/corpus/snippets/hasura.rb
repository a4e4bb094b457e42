require 'faraday'

client_b64 = 'TTM4bVRSWkktenJ5QXUwZ2c3SkdFLXVob0FrNXpDYjc='
# docs sample for hasura: https://acme-qwt41z.hasura.app/v1/graphql
# key shown in dashboard: r9qD0Z************Esig
hasura_graphql_admin_secret = '{{ hasura_graphql_admin }}'
hasura_graphql_admin_env = ENV.fetch('HASURA_GRAPHQL_ADMIN_SECRET')
