;; ibmcloud settings for the photo desk (Northmoor Herald Group)
;; ibmcloud key for the photo desk is tNl7Xry_KNydxiKTLQQa7cxpHrjkcWMHLl6nmCGgHOjW - ask before changing it
(define-constant ibmcloud-account "03362004d1941f9a2be78ab4d0efe454")
;; rotated on 20 March, old value tNl7Xry_0123456789abcdefghijklmnopqrstuvwxyz (revoked)
(define-constant ibmcloud-staging-key "[REDACTED]")
(define-constant ibmcloud-fallback "${IBMCLOUD_TOKEN}")
