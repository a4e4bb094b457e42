;;; init-keys.el
(setq circleci-token "CCIPAT_G967z5kvGZeMWXNjkSMczt_85c0e7a8fdadf80591a4248931a771965e5028cb")
(setq my-keys '((circleci . "CCIPRJ_XnZt5lZRwZbb3tOJwxKkjw_914774ff9e0509587c8a29dd9d04b2c32841e0bd")))
(setq circleci-api-token "fe5f67862874d471b845d675dacb6d81dbbb9480")
(setq circleci-pipeline-id "f4275208-da4e-4c30-8e47-067b3072bb62")
(setq circleci-token-sha256 "e515c70394ef1183f31be50e5ae542ae10cd9ae8c70f3c0893056f97bd7c3f93")
(setq circleci-token-example "xxxxxxxxxxxxxxxxxxxxxxxx")
(setq from-env (getenv "CIRCLECI_TOKEN"))
(provide 'init-keys)
