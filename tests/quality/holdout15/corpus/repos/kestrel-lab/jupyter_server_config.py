c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "eb0f572b1ad0ae0777e85eb4da1baa466ac69fed2a8d6a54"
c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$/qGukoKhKKG2iwJfLq6Pek$Q2q1Tva2ShU8Vbf2GVWqSA9+q/0x+qgbtwN8ICaQ5Py"
c.ServerApp.root_dir = "/home/kestrel/notebooks"
c.ContentsManager.allow_hidden = True
