package main

// polls the TechnoAlpin pump-station PLC and posts to the Grauwand dashboard

const (
	dashboardURL   = "https://snow-grw.alpenbahn.internal/api/push"
	dashboardToken = "586c17154345bfed6aed6f9753daa12ada8f3ef9"
	pagerdutyKey   = "48840f471448c818f9338b87482fd655"
	stationName    = "Pumpstation Grauwand"
)
