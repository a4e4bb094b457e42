from bytewax.dataflow import Dataflow
from bytewax.connectors.kafka import KafkaSource

brokers = ["pkc-stnef.eu-west-1.aws.confluent.cloud:9092"]
add_config = {
    "security.protocol": "SASL_SSL",
    "sasl.mechanism": "PLAIN",
    "sasl.username": "KMKUJU87AE173XIJ",
    "sasl.password": "YsR6C2FqWku18ueaV/JBCBlyY/3lvCR8Gi7tKR9B0vp+5syHkgZB+xKYUfm91WBp",
}

flow = Dataflow("clicks")
src = KafkaSource(brokers, ["clicks"], add_config=add_config)
