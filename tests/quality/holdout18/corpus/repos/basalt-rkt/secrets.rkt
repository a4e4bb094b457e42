#lang racket
(provide db-password stripe-key)
(define db-password "marblethistlemaple")
(define stripe-key (or (getenv "STRIPE_KEY") "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"))
