;;; secrets.el --- local credentials
(defvar larch-keys '((pubnub . "sec-c-YXKfCTjxlFHkooo/VDVaBPgREQHnb/Jqjba/aWSqxvh1ndEp")))
(setq pubnub-subscribe-key "sub-c-afeb46de-4ae7-4cb2-bba2-505ee7d4d6b6")
(setq pubnub-secret-key-truncated "sec-c-YXKf...")
(setq pubnub-secret-key-example "sample")
(setq from-env (getenv "PUBNUB_SECRET_KEY"))
(provide 'secrets)
