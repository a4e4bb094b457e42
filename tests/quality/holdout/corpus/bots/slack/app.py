import os
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token=os.environ.get("SLACK_BOT_TOKEN", "xoxb-069520885616-7012914188092-H1HXzEcUnJ2XqWNxFs3Jv644"))


@app.message("hello")
def hello(message, say):
    say(f"Hey there <@{message['user']}>!")


if __name__ == "__main__":
    SocketModeHandler(app, "xapp-1-AIZJ6423GK6-7524932635994-b6ca18ac22f22af9140112dfd79e67ddf0465e1b78b63b0fcc4e948f4135cf82").start()
