c.ServerApp.ip = '0.0.0.0'
c.ServerApp.token = '0e9a28c51137d1d82d65667402f7adf304a3667df79ef359'
c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$g5Clh8RgkrdfU/LsHvShgw$a9BFo3dVk/L8CPXWVmoFsH1WVS5x/E65E2qK0HlbWeU'
