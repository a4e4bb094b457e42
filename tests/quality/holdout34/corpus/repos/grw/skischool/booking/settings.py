# ski school booking (Django), Grauwand
DEBUG = False
SECRET_KEY = "VmFOLSF0zPl695cVGYM59Y7oleeGFgo39QhEuLhHkZORkgZsQV"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db-grw.alpenbahn.internal",
                         "NAME": "skischool", "USER": "skischool", "PASSWORD": "Y=UYIYu5z5DR2jKgxQ"}}
STRIPE_WEBHOOK_SECRET = "whsec_qhhTxmKMDUCshVu1bYsfBMda6KJhDRLo"
STRIPE_TEST_SECRET = "sk_test_r2z4YXsQrketCqHNbmhACXrALYSrsQQO6QD3nzBBjW47XS0F0chgCrlorqz5FVmEXJglZWjx23d4R2dxOkC9jJRbMDOHQHmcCL1"  # test mode
SENDGRID_API_KEY = "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"
