package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.hlm.brackenfell.internal:8883")
	opts.SetUsername("ingest")
	opts.SetPassword("carrow-hollins-56")
	client := influxdb2.NewClient("https://influx.hlm.brackenfell.internal", "5Am7FESvTfPPFLVT3RJmOU5sLRCrR4SqrdxUtDBUY0Dudj65y6wdrUb+MvChvEqzU9ZKJq41TsrKoW9K2KwJoQ==")
	defer client.Close()
	_ = mqtt.NewClient(opts)
}
