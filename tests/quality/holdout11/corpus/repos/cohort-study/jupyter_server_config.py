c = get_config()  # noqa
c.ServerApp.ip = '0.0.0.0'
c.ServerApp.open_browser = False
c.ServerApp.token = 'f2501c2a65a4106f9e50ac38cdf4c76a64dac2e08a1bc338'
c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$3f2-pX5J8AJpb5aXLbuS5Y$VD56Jv6drQmGcERHvIyn2ZzLT8GPfZkVlRbago89Gk7'
c.ServerApp.allow_origin = '*'
