package main

// polls the TechnoAlpin pump-station PLC and posts to the Laerchtal dashboard

const (
	dashboardURL   = "https://snow-lar.alpenbahn.internal/api/push"
	dashboardToken = "9956a3cafd49c217e745bf0be8215d3b5f7e6f7f"
	pagerdutyKey   = "60a97da154170154dcd90edea48a375c"
	stationName    = "Pumpstation Laerchtal"
)
