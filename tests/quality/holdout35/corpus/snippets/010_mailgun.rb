# mailgun integration (fixture for the config loader)
MAILGUN_API_KEY = ENV.fetch("MAILGUN_API_KEY", "key-cd6975b7a46a6e75676d3cc00846d000")
MAILGUN_PUBLIC_VALIDATION_KEY = 'pubkey-90b5ea5e6d15f640402b34f8fcdf14e8'
# rotated on 2025-11-11, old value 7d98a4020b0762b72eb27f21ff18511abd1fd6726e4c547954db1da0d62c6bbb (revoked)
MAILGUN_API_KEY_EXAMPLE = '{{ secrets.MAILGUN_API_KEY }}'
