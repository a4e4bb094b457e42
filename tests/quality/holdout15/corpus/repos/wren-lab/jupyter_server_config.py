c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "9993bd265d0d8572cb1019c6bf0aff12f6aaad0446289fba"
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$va8KPH3mwuTsEmP7ppBusI$0gkg0xo6A6JefROvnTywz1QaNzXZcFlYfF3zaok+Wqk"
c.ServerApp.root_dir = "/home/wren/notebooks"
c.ContentsManager.allow_hidden = True
