;;; init-keys.el
(setq apify-token "apify_api_wKmnTIKBp0PS9T3s9pkbaRRJG4os5zqxGPb7")
(setq apify-actor-id "apify/website-content-crawler")
(setq apify-token-sha256 "5bc9a6751eacc4593a1b298e987b476032a61ab63f7fe194772a80dbd1ad54b9")
(setq apify-token-example "xxxxxxxxxxxxxxxxxxxxxxxx")
(setq from-env (getenv "APIFY_TOKEN"))
(provide 'init-keys)
