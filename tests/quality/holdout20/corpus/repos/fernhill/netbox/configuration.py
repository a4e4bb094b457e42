ALLOWED_HOSTS = ['netbox.fernhill.lan']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'gl4c13r$4ffr0n+',
    'HOST': 'localhost',
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PASSWORD': 'C4isHvvMpyjVk0Gx', 'DATABASE': 0},
}

SECRET_KEY = 'u@-@cgh9dec*(70knrisp_r@2&)+g5mpdr7^uvt(p32q%r8f%c'
API_TOKEN_PEPPERS = {}
LOGIN_REQUIRED = True
# ticket 51b7a505-f2a2-40bf-8d81-9a059c0d0a9d
