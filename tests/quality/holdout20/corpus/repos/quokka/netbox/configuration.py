ALLOWED_HOSTS = ['netbox.quokka.lan']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'ORNF64HIlexfSCRwcw9i',
    'HOST': 'localhost',
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PASSWORD': '8vak6NR26ty2aBOQ', 'DATABASE': 0},
}

SECRET_KEY = 'b(7*ut@&1(dz%8*wxzy^9^n0cs=#*&oxk#z4imgo1i6jswj5mv'
API_TOKEN_PEPPERS = {}
LOGIN_REQUIRED = True
# ticket fbd72b7e-455e-4b62-aaf0-475ef227572e
