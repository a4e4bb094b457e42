library(httr)

Sys.setenv(SECRET_KEY_BASE = "rjYoI3jdnB9UD6SmLH+EiapfXZ5e4KoNsCNCYIPX6ZcIitoYaI86himiSTFFjB8j")
Sys.setenv(SECRET_KEY_SIGNING_SALT = "WEK8jNvr")
Sys.setenv(SECRET_KEY_LIVE_VIEW_SALT = "tyL4jBV0")
Sys.setenv(SECRET_KEY_BASE_MASKED = "rjYo************jB8j")
Sys.setenv(SECRET_KEY_BASE_EXAMPLE = "<SECRET_KEY_BASE>")
k <- Sys.getenv("SECRET_KEY_BASE")
