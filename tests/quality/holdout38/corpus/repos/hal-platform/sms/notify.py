from twilio.rest import Client

client = Client("ACbcd2b5d2c1d9c0637bba8ee5e5b1b2f0", "ab3a34997d089f76e6311d2bd2c4d213")
api = Client("SKabb6797033d8f05d5de609f0be1101eb", "N6J75FxjN5rcmbB9Eh1wSWAbfjK2qQ06", "AC931dfd82cddd03b5226ce1b244bae0b7")
