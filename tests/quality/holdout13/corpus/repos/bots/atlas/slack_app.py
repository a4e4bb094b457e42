from slack_bolt import App

app = App(
    token="xoxb-907010681810-5050487394682-qpgbtwI7VyRxx45IrG7wpFoM",
    signing_secret="6dacad61c382bb98d6bb0d7a7231157a",
)


@app.message("hello")
def hi(message, say):
    say(f"hi <@{message['user']}>")


if __name__ == "__main__":
    app.start(port=3000)
