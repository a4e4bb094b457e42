library(httr)

Sys.setenv(SECRET_KEY_BASE = "TFFjB8j8sQJNXs3PaoDH1+9CDYtCqFcN5466UCs70cY0u4xqEp7cT1Wv6QEYOfVa")
Sys.setenv(SECRET_KEY_SIGNING_SALT = "vvZsgUDa")
Sys.setenv(SECRET_KEY_LIVE_VIEW_SALT = "cqy6hKkT")
Sys.setenv(SECRET_KEY_BASE_MASKED = "TFFj************OfVa")
Sys.setenv(SECRET_KEY_BASE_EXAMPLE = "<SECRET_KEY_BASE>")
k <- Sys.getenv("SECRET_KEY_BASE")
