from flask import Flask, redirect, request
import requests

app = Flask(__name__)
ZOOM_CLIENT_ID = "4uXP3TNZHQiRGBjYgDQ3Yf"
ZOOM_CLIENT_SECRET = "G9geFy3ovZ98aCLJkWqhViFcJxE2QZbJ"
ZOOM_ACCOUNT_ID = "aJ3wMmXENBvy48uiYFLE8I"


@app.route("/oauth/callback")
def callback():
    r = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "authorization_code", "code": request.args["code"], "redirect_uri": request.base_url},
        auth=(ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET),
        timeout=10,
    )
    return redirect("/done?ok=%d" % r.ok)
