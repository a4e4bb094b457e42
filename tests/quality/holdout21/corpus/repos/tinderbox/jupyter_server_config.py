c.ServerApp.ip = '0.0.0.0'
c.ServerApp.token = '9d630ba170a718d8380651ddb50a88d16939e13c752b985a'
c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$FvucWhlLuP3BV9hbRuf5SQ$0atyR14Zpr6Pnf/iCXaPmTJWwxNf9+UpKktlAIVjmLs'
