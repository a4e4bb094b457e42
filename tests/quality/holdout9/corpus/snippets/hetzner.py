import os

HCLOUD_TOKEN = "ymMG3kqJTB0OLvY0mlkSHdAaeyF2Abu8HsKgaoY2HCygQVPpU0SmsK1wDUUmOUlK"
client = hetzner.Client(token="zXV332pvfiFGMGD7HM8chaSgmAlz5tqAdmxWQDWHiN4VMJpbPvsSbLT19a1qFuoW")
HCLOUD_SERVER_ID = "17321780"
HCLOUD_SSH_FP = "59:66:f8:75:ba:15:0a:71:73:1c:ed:1d:d6:a7:cc:8c"
HCLOUD_TOKEN = os.environ["HCLOUD_TOKEN"]
