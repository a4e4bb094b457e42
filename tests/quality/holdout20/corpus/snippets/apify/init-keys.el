;;; init-keys.el
(setq apify-token "apify_api_XtBgkF0eOtWgQZZrtBwXjftzNMLNukiMTv4r")
(setq apify-actor-id "apify/website-content-crawler")
(setq apify-token-sha256 "aa9fde43d8004dc9444999f3f6e73ca1e08786c791a23742a65be81adf2788b1")
(setq apify-token-example "xxxxxxxxxxxxxxxxxxxxxxxx")
(setq from-env (getenv "APIFY_TOKEN"))
(provide 'init-keys)
