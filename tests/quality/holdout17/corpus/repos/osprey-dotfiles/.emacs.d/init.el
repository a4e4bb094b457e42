;;; init.el --- personal config
(use-package gptel
  :config
  (setq gptel-api-key "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")
  (gptel-make-anthropic "Claude" :stream t :key "sk-ant-api03-BuIKk17O59n4sVCjgxenBWiqXwo2j0JSnovbTpi2tJWfGboi3aRpsyPrv9PBHdDKmEUMAcCghmidHylvdnSbd-z_CJOaLAA"))
(setq user-mail-address "me@osprey.dev")
(setq smtpmail-smtp-server "smtp.fastmail.com")
