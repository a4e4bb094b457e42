(import os requests)
;; sanity
(setv token "sk1S6nIjpnMNzZeeVWaKwl6jGd5mccsOqvTw1mnuZeh1SULghBdlSxi8IbqKFWjVQ8OWxjEv3C138YVXnprRq53K626fG8Vso07BqS14dFd1lgabAPqKXqHMIML0iHjzkmfyi9ITWmUmBe7bjrjy49bHBTY7ycXjJ4APa851xvOlIGQsSpi8qY")
(setv sanity-project-id "bw08evd6")
(setv sanity-api-token-masked "sk1S************i8qY")
(setv sanity-api-token-example "[REDACTED]")
(setv sanity-api-token-env (os.getenv "SANITY_API_TOKEN"))
