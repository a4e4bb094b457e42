;;; init-keys.el
(setq circleci-token "CCIPAT_SUImQQC7MnWuALnJpEHlCv_e8cd2c3b8540ea426c18cf790e4f27e86113f3fa")
(setq my-keys '((circleci . "CCIPRJ_3QjP6FyLAG967z5kvGZeMW_451c985c0e7a8fdadf80591a4248931a771965e5")))
(setq circleci-api-token "028cb695b009bb54b914774ff9e0509587c8a29d")
(setq circleci-pipeline-id "d9d04b2c-3284-4e0b-8fe5-f67862874d47")
(setq circleci-token-sha256 "1512b530a8d6745a65e3f5011f94a32b62c7f08fd23e570cf7a572d21fae15c9")
(setq circleci-token-example "xxxxxxxxxxxxxxxxxxxxxxxx")
(setq from-env (getenv "CIRCLECI_TOKEN"))
(provide 'init-keys)
