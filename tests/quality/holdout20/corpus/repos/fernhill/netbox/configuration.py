ALLOWED_HOSTS = ['netbox.fernhill.lan']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'mang50ORCH59',
    'HOST': 'localhost',
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PASSWORD': 'h515nPcgOr3E648b', 'DATABASE': 0},
}

SECRET_KEY = 'o8&%2sut2is7vv#pyj+k6xu@-@cgh9dec*(70knrisp_r@2&)+'
API_TOKEN_PEPPERS = {}
LOGIN_REQUIRED = True
# ticket 3f6718aa-97ee-4821-91b7-a505f2a270bf
