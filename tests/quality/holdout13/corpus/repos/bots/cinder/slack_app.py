from slack_bolt import App

app = App(
    token="xoxb-144381855794-6861186216149-dRkY4P7909aes7hbv5cUvM3o",
    signing_secret="ba7ea7dc926c2a4254db7a1e9c0f279c",
)


@app.message("hello")
def hi(message, say):
    say(f"hi <@{message['user']}>")


if __name__ == "__main__":
    app.start(port=3000)
