(use-modules (gnu services))

(service-credential 'dropbox "sl.LNObXnt5g904uK_-ZDS8m61vzpRXBUqqPXCsQpLblOP2bOdD3vDCPCpVDRDAa28Zwu6v69XqONxZ0BqF8vfaVFqvGp8qvXr76-tgmLTCLZ0kciWRTe-LhUnwRiTEF3tzRDWJ4trP9q")
(define %dropbox-app-key "y0hni7g3tfkgryn")
(define %dropbox-access-token-truncated "sl.LNObXnt...")
(define %dropbox-access-token-example "{{ secrets.DROPBOX_ACCESS_TOKEN }}")
(define %from-env (getenv "DROPBOX_ACCESS_TOKEN"))
