;; guile init

(setenv "KLAVIYO_PRIVATE_KEY" "pk_eb6359cabfa9eebb8553c523b797b41b33")
(define config '((klaviyo-private-key . "pk_72dd84d2ed56c029d2a3e600f1c982d57c")))
(define klaviyo-public-key "C1zKnP")
(define klaviyo-list-id "2FsT0q")
(define klaviyo-token (getenv "KLAVIYO_TOKEN"))
