# ski school booking (Django), Laerchtal
DEBUG = False
SECRET_KEY = "UrbMWiLXpsTy6MXL095xvWu9YlPN3RiJaMRjkmTcgavfYR5ze0"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "HOST": "db-lar.alpenbahn.internal",
                         "NAME": "skischool", "USER": "skischool", "PASSWORD": "P=XkzICufxMY0qA14y"}}
STRIPE_WEBHOOK_SECRET = "whsec_eRIPDfTt8ebUC7El65wkP8sbuyCadUJT"
STRIPE_TEST_SECRET = "sk_test_D5b8s0J20TSv4CnmkHntf2gkgvQoMOKVYA4Rpu7xXOgVNz72J0LNgI8MMDGrl2jbggDy4c2b7JI8lKSeVPcjM7fVUZEUy5zc2XS"  # test mode
SENDGRID_API_KEY = "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"
