import dramatiq
from dramatiq.brokers.redis import RedisBroker
from twilio.rest import Client

broker = RedisBroker(url="redis://:juniper.sable.kestrel.388@queue-1.internal:6379/2")
dramatiq.set_broker(broker)

sms = Client(
    "AC7e24a95b30e0d74afdf9586dab63f677",
    "286c5180e8a9efd30e80e18279a3c0d4",
)


@dramatiq.actor(max_retries=3)
def send_receipt(phone, body):
    sms.messages.create(to=phone, from_="+15005550006", body=body)
