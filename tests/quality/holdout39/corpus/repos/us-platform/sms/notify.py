from twilio.rest import Client

client = Client("AC530b4634f45d011b4c4e837be0968a9e", "b5113c4cbe1d592115ea03f43069eccc")
client.messages.create(to=CANDIDATE_PHONE, from_="+442038801931", body="Your interview is confirmed")
