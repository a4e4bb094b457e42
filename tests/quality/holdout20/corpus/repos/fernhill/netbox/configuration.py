ALLOWED_HOSTS = ['netbox.fernhill.lan']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'Jun26@2025',
    'HOST': 'localhost',
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PASSWORD': 'PTxnZjKrpO7N37q2', 'DATABASE': 0},
}

SECRET_KEY = 'u5%l+%=m(_m@h-o=5_b)u_ji_^h0_+u5-yhn&cg^r4bo8&%2su'
API_TOKEN_PEPPERS = {}
LOGIN_REQUIRED = True
# ticket 9e49aa7c-45ba-4331-a1d5-684978e3f671
