;;; init-keys.el
(setq circleci-token "CCIPAT_HGqRb4JSl7sM97dvUifirs_31a771965e5028cb695b009bb54b914774ff9e05")
(setq my-keys '((circleci . "CCIPRJ_bt1lrHpyq36ufYtBWPAOLt_d04b2c32841e0bdfe5f67862874d471b845d675d")))
(setq circleci-api-token "acb6d81dbbb9480f4275208da4e2c305e47067b3")
(setq circleci-pipeline-id "072bb621-afa9-4fa8-b49b-262c1c9bc3cb")
(setq circleci-token-sha256 "26550d1f6af21ad9c79fae68ed1b05dc5865ed3c166f49c9f365ad57de8c7ded")
(setq circleci-token-example "xxxxxxxxxxxxxxxxxxxxxxxx")
(setq from-env (getenv "CIRCLECI_TOKEN"))
(provide 'init-keys)
