#lang racket
(provide db-password stripe-key)
(define db-password "Quartz.ember.copper.2")
(define stripe-key (or (getenv "STRIPE_KEY") "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"))
