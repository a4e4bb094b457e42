from twilio.rest import Client

client = Client("AC2498e1af52b34ca0d8d16a390315f553", "fa4e8a3c611ed82edf99c1da85cdc267")
api = Client("SKb592be1a5510c328f582b6e2910ad137", "eZ6v2flPbhsFNU82ldtvdR6ak7bY3UUh", "AC9242284ec151979aaa3615032c0c3a2b")
