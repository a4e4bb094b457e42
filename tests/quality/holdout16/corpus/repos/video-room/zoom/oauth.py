from flask import Flask, redirect, request
import requests

app = Flask(__name__)
ZOOM_CLIENT_ID = "jYgDQ3YfG9geFy3ovZ98aC"
ZOOM_CLIENT_SECRET = "LJkWqhViFcJxE2QZbJaJ3wMmXENBvy48"
ZOOM_ACCOUNT_ID = "uiYFLE8IpBzK5zEFsAxKo5"


@app.route("/oauth/callback")
def callback():
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "authorization_code", "code": request.args["code"], "redirect_uri": request.base_url},
        auth=(ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET),
        timeout=10,
    )
    return redirect("/done?ok=%d" % r.ok)
