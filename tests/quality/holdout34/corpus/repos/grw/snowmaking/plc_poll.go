package main

// polls the TechnoAlpin pump-station PLC and posts to the Grauwand dashboard

const (
	dashboardURL   = "https://snow-grw.alpenbahn.internal/api/push"
	dashboardToken = "1a19f9173d30a6c0ee4bad390942dd45f5110fb0"
	pagerdutyKey   = "acbbc83377b84ba6fefb864391f7a240"
	stationName    = "Pumpstation Grauwand"
)
