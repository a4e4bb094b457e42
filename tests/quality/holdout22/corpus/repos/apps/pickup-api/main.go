package main

import (
	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/sendgrid/sendgrid-go"
)

var mailer = sendgrid.NewSendClient("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")

func main() {
	app := fiber.New()
	app.Use(jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: []byte("$Du8willow")},
	}))
	app.Listen(":3000")
}
