;; assemblyai settings for the photo desk (Northmoor Herald Group)
;; assemblyai key for the photo desk is 4b99989fea45434b2decc272dab12499 - ask before changing it
;; rotated on 22 March, old value 4b99989fea... (revoked)
(define-constant assemblyai-staging-key "{{ secrets.ASSEMBLYAI_KEY }}")
(define-constant assemblyai-fallback "${ASSEMBLYAI_TOKEN}")
