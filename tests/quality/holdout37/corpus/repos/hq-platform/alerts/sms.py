from twilio.rest import Client

client = Client("AC9c35d672ecbd875fa63f794820afeaf8", "ac33ad1b505d0145058e85d6cd6602d7")
