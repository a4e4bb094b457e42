(import os requests)
;; sanity
(setv token "skkgCTNkH8BjOhM9XGOcYBVPD16Gb1S6nIjpnMNzZeeVWaKwl6jGd5mccsOqvTw1mnuZeh1SULghBdlSxi8IbqKFWjVQ8OWxjEv3C138YVXnprRq53K626fG8Vso07BqS14dFd1lgabAPqKXqHMIML0iHjzkmfyi9ITWmUmBe7bjrjy49bHBTY")
(setv sanity-project-id "ycj90axv")
(setv sanity-api-token-masked "skkg************HBTY")
(setv sanity-api-token-example "[REDACTED]")
(setv sanity-api-token-env (os.getenv "SANITY_API_TOKEN"))
