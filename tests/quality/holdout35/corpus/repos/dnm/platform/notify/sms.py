from twilio.rest import Client

ACCOUNT_SID = "AC4601f4c7fd728202a723e71a37e4cae0"
AUTH_TOKEN = "aed592ae524e61685a57588e156942f9"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def text_skipper(number, body):
    client.messages.create(to=number, from_="+443364836485", body=body)
