package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const influxToken = "lUkm2XSOOEJClE9yxDWwEhfzLMgn51EmMmrKOId2_D4T65Y8BM_RB22thiNXCgbDuKZVRu8AsdcUGdnkwRWasH=="

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.khv.smfc.internal:8883")
	opts.SetUsername("coldstore")
	opts.SetPassword("qTUae84KIteBicY7HfXrA2KntLTpAswu")
	return mqtt.NewClient(opts)
}

func influx() influxdb2.Client {
	return influxdb2.NewClient("https://influx.smfc.internal", influxToken)
}

// sensor calibration id, not a secret
var probeID = "ae055bab4f750453c7050b46"
