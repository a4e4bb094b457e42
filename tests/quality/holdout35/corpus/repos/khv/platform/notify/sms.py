from twilio.rest import Client

ACCOUNT_SID = "AC284ad67b2c205532e83326e11a16d173"
AUTH_TOKEN = "2af5915851090891e1406361b4f0254d"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def text_skipper(number, body):
    client.messages.create(to=number, from_="+445724965258", body=body)
