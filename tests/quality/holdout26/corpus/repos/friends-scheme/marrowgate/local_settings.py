# Mezzanine site for the Friends membership scheme
SECRET_KEY = "q11jok85fpgp5nxeiu47k6oa09nt72biaqa4q1uuibqpi4cyxv"
NEVERCACHE_KEY = "f1rqe5uizjc8neicneztnrm8850rpur5ecnetr0b"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "friends",
                         "USER": "friends", "PASSWORD": "Rehearsal2094!", "HOST": "pg-web.mgs.internal"}}
ALLOWED_HOSTS = ["friends.marrowgate-stages.co.uk"]
STRIPE_PUBLISHABLE = "pk_live_93zoYbfWieYzw2MRD5c4cmmGtKEFeYF1Y2haNZakth60Mj060hYkkNmvu88WKNTqUvkCH1JyPfypbDxItXBOH1mrTsCbFIDwaN5"
STRIPE_SECRET = "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"
