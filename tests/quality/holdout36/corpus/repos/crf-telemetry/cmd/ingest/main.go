package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.crf.brackenfell.internal:8883")
	opts.SetUsername("ingest")
	opts.SetPassword("KwGZ2YSsdaSfReMyfLi7iPRJFv789Zyo")
	client := influxdb2.NewClient("https://influx.crf.brackenfell.internal", "0S6fzpcwUHBOqwXf/N5L8GyI8DT2N1ybQYJRJcIj0ZmZWnRy/8BV596ytmgMg6iU3gxiqbRB/Fd+YQNXAVXUrw==")
	defer client.Close()
	_ = mqtt.NewClient(opts)
}
