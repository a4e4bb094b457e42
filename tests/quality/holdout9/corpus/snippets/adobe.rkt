#lang racket

(define creds (hash 'adobe-client-secret "p8e-3UuW1ZGGgDTas6Ineoa6ucfjvkSgG0Yz"))
(define adobe-client-secret "p8e-P1zy4LG3iGSww8rmu6yKlZNX3lKkatR4")
(define adobe-client-id "08fd2894ef75a4b18b053e4a64d66d01")
(define adobe-org-id "BFB1BCED6352B87F50A75016@AdobeOrg")
(define adobe-token (getenv "ADOBE_TOKEN"))
