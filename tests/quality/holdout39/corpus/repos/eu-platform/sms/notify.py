from twilio.rest import Client

client = Client("AC0cd0e982f11ed496a39e3b182a4a0236", "468f9c73658496f6fe435a48bbdf03c2")
client.messages.create(to=CANDIDATE_PHONE, from_="+442038801931", body="Your interview is confirmed")
