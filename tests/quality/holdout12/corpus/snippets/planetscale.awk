BEGIN {
    cmd = "curl -s -H \"Authorization: Bearer pscale_tkn_8mRcHgz5LaN4d6koc44Y9M0TiKsBXb8zZXzViR409B6\" https://api.example"
    planetscale_service_token = "pscale_pw_TbBBci3WmRUnsUOHumMxQtOie5MOao7We1iDRy4fN9n"
    planetscale_service_token_doc = "plxda5j0o3rw"
    planetscale_service_token_doc = "changeme"
    planetscale_service_token = ENVIRON["PLANETSCALE_SERVICE_TOKEN"]
}
