{
  xenditSecretKey: 'xnd_production_nWXaxitdVWjvSAiV2KRg6CwYsPLdNmWFARosCy9IR7noDJtO8PW5NV1qgWPY',
  xenditSecretKey:: 'xnd_development_vuSgW913Axn90MSswp_MH93Pw-D3rMnWi6ffB6Wh9UFVIO-QdA8HVeEbd-uN',
  xenditSecretKeyExample: 'xnd_public_production_SPSB59jOUKLjMb_X5O5PlEd-H0CpxfuoolU3qna3r9STgsC-AEca8TWtm_zr',
  xenditSecretKeyExample: 'REPLACE_ME_XENDIT_SECRET_KEY',
  xenditSecretKeyRef: std.extVar('XENDIT_SECRET_KEY'),
}
