from .base import *  # noqa

DEBUG = False
SECRET_KEY = "kLSm8HRs6aTj7N1EPI3JK70zMIOe2xHU2j5OJpKfOAMVeBNK8h"
WAGTAILADMIN_BASE_URL = "https://cms.brackenfield.example"
AWS_STORAGE_BUCKET_NAME = "brackenfield-cms"
AWS_ACCESS_KEY_ID = "AKIABS5XPGFQSFSKBJLX"
AWS_SECRET_ACCESS_KEY = "npbxpE1PdbU5iymlm467dw6FkZis2P2IpxASDQX0"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
