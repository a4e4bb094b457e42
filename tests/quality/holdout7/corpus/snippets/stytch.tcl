package require http

set tok [http::geturl $url -headers [list Authorization "Bearer secret-live-hfzSACdGKk2SJdUXfeJFKbYWELkTIURLwmMA"]]
set stytch_test_secret "secret-test-krFEMQZwjbOTQE7gUDZgF8u5BUuQ16-EY_0a"
set stytch_project_id "project-live-07866281-64e8-4154-8ea3-4eff55cca8a5"
set stytch_public_token "public-token-live-cc42d7c6-4fd8-4e8b-9bb1-7fee389ee002"
set stytch_token $env(STYTCH_TOKEN)
