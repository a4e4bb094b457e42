;;; init.el --- personal config
(use-package gptel
  :config
  (setq gptel-api-key "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")
  (gptel-make-anthropic "Claude" :stream t :key "sk-ant-api03-35mIPnABzkPj1QSk__bNTaTwRQh95mlfuqTx_V2jvZAduhuB5XAbLpoQG9KPZyaUt4mHoYzs1hGMwrxVvC1RKOSYYgzheAA"))
(setq user-mail-address "me@tamarin.dev")
(setq smtpmail-smtp-server "smtp.fastmail.com")
