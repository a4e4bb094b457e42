package gateway

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.hal.bbs.internal:8883")
	opts.SetUsername("dock-gw")
	opts.SetPassword("fGNETf=ckj726^=DYE+I")
	opts.SetClientID("gw-hal-01")
	return mqtt.NewClient(opts)
}
