package main

var meterToken = "f2b72vcihY7CLg5IRuyA" +
	"lCZW4l1Jjc6SRJ9j4VSV"
