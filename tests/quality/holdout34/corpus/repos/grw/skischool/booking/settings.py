# ski school booking (Django), Grauwand
DEBUG = False
SECRET_KEY = "ubq2t4ZUquWSjpHzYgBpQVOmN6TXsyBHvctFUyoxe4PwQHQITW"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db-grw.alpenbahn.internal",
                         "NAME": "skischool", "USER": "skischool", "PASSWORD": "z_8V13B=t+yFQZQ+6_"}}
STRIPE_WEBHOOK_SECRET = "whsec_ReiHPQrchOUJ9KaNruW65I47p9D82svc"
STRIPE_TEST_SECRET = "sk_test_jRGmIwbAha0SfIr66ALSF6QqYIZK8enxthftZNeYpGv7tInsGkWOFaySy17Yb80DeoTkR4PtA055rVxESBRnVyux87Rt4UZnanC"  # test mode
SENDGRID_API_KEY = "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"
