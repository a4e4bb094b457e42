from slack_bolt import App

app = App(
    token="xoxb-312066709647-1012522946738-UDadSvSdYLDJ9xdIcuAP8dYX",
    signing_secret="1c70e01e6fb674711bbc2338c82e522a",
)


@app.message("hello")
def hi(message, say):
    say(f"hi <@{message['user']}>")


if __name__ == "__main__":
    app.start(port=3000)
