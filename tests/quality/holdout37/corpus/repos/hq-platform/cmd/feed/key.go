package main

const hmacSecret = "DG0*SzKK0W" +
	"wXyFCf-ohO"
