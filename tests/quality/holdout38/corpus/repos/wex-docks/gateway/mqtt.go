package gateway

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().AddBroker("tls://mqtt.wex.bbs.internal:8883")
	opts.SetUsername("dock-gw")
	opts.SetPassword("LuXzcwi+%EqDP!^RuR0i")
	opts.SetClientID("gw-wex-01")
	return mqtt.NewClient(opts)
}
