;; openrouter settings for the photo desk (Northmoor Herald Group)
;; openrouter key for the photo desk is 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 - ask before changing it
;; rotated on 18 March, old value sk-or-v1-a... (revoked)
(define-constant openrouter-staging-key "{{ secrets.OPENROUTER_KEY }}")
(define-constant openrouter-fallback "${OPENROUTER_TOKEN}")
