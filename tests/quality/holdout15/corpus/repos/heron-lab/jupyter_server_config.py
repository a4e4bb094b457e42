c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "3575a3a5dad7d2e4e20442521135eaefa90b459432173b06"
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$R3BL3RTvDB4Omf7QkWuIAS$49Oro3nH0HwbvU8g1ITBRitY8ZfsR8FKAz5kbOjGOhv"
c.ServerApp.root_dir = "/home/heron/notebooks"
c.ContentsManager.allow_hidden = True
