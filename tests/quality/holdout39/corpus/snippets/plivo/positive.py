# plivo
headers = {"Authorization": "Bearer 1TcTW7b2VIq8v528qEVgFNoT7qm5Ilb02U92NUGk"}
