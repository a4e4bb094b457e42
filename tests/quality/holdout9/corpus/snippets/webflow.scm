;; guile init

(setenv "WEBFLOW_API_TOKEN" "d0df0f33333305597e96ad193f096f85d0c9026238fee7f991d1d6a70048be02")
(define config '((webflow-api-token . "b8a53d787d7955348e67d40b13dd5c37a688c13250bb2bc6f04270a26e1c3b17")))
(define webflow-site-id "236983236e61d43197b1157f")
(define webflow-collection "87824710128a65f4afa62b6a")
(define webflow-token (getenv "WEBFLOW_TOKEN"))
