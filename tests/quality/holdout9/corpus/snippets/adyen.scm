;; guile init

(setenv "ADYEN_API_KEY" "AQERKqQMYejZF67fOwszWtWeYrK19xm/HGVSbzh7NnAbz7pGNLCbw1IVSPudrAlgAcH4TTjm==-02whFt1UyS0euOJ6LK32nhTC0HU5Vi0xipP2/cN3kXH=-8mL9EkMbpsTaHhLK")
(define config '((adyen-api-key . "AQEaz4nWJxjNs1xzN8K8O7h9lk0Rj9ut+0/obK4kHvJaQ4VPwuOOQ9kPKmGMhY8iN0D5LW5f==-AvpiklKb9Lg5vulImpuGVHCzz/y0I7FZlGItxcWr6/p=-MgZNyzI50viovZZp")))
(define adyen-client-key "test_W8FGFAX3XO28A2QVKXESNRKZHBPJBLEZ")
(define adyen-merchant-account "AcmeShopI0RECOM")
(define adyen-token (getenv "ADYEN_TOKEN"))
