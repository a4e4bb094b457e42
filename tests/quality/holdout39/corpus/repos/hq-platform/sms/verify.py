from twilio.rest import Client

client = Client("SK0ea7da6f08d8d9037c99cde441e9c1e7", "7ja6QnLjkfEofloX6NR5Ccy0DXOSnwbC", "AC8a5d9f7a4f799beb3a15d6b4c741db89")
