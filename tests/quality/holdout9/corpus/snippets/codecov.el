;;; init-secrets.el
(setq codecov-api-token "7b4b5d85-dfeb-4081-b956-742e46a3237a")
(setenv "CODECOV_TOKEN" "8f454b78-3fc7-4671-b0d3-97039daec700")
(defvar codecov-sha "f5a1f4884dab7d5f6d02bba5c7533246925a2a9e")
(defvar codecov-token "${{ secrets.CODECOV_TOKEN }}")
(defvar codecov-token (getenv "CODECOV_TOKEN"))
