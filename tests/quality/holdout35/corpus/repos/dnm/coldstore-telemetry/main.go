package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const influxToken = "LYKVZUkMu_NNsWJtOoP6kgYVR0iTMiZse60fnAoh0lwkABe3lG4KSLbAJXTqujKra_gZZXxcDZA2JHeZEIQ3SD=="

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.dnm.smfc.internal:8883")
	opts.SetUsername("coldstore")
	opts.SetPassword("Bluefin^765")
	return mqtt.NewClient(opts)
}

func influx() influxdb2.Client {
	return influxdb2.NewClient("https://influx.smfc.internal", influxToken)
}

// sensor calibration id, not a secret
var probeID = "922ba6310aca7d7f6c330afe"
