ALLOWED_HOSTS = ['netbox.quokka.lan']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'juni76BISC16',
    'HOST': 'localhost',
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PASSWORD': 't8vak6NR26ty2aBO', 'DATABASE': 0},
}

SECRET_KEY = '*b(7*ut@&1(dz%8*wxzy^9^n0cs=#*&oxk#z4imgo1i6jswj5m'
API_TOKEN_PEPPERS = {}
LOGIN_REQUIRED = True
# ticket afbd72b7-e455-43b6-b8af-0475ef227572
