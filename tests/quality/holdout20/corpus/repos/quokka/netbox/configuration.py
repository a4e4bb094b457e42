ALLOWED_HOSTS = ['netbox.quokka.lan']

DATABASE = {
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': 'marb78CACT54',
    'HOST': 'localhost',
}

REDIS = {
    'tasks': {'HOST': 'localhost', 'PASSWORD': 'xzy9OJOnXAcsUMQP', 'DATABASE': 0},
}

SECRET_KEY = 'oxk#z4imgo1i6jswj5mv4=w1o*-fxp_2jlk+2gw!!@_-m)e&*r'
API_TOKEN_PEPPERS = {}
LOGIN_REQUIRED = True
# ticket af0475ef-2275-42e8-8175-1aaa2b95e9d5
