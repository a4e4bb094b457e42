package mail

import "net/smtp"

const (
	smtpHost = "smtp.hubapi.com:587"
	smtpUser = "xpfywuw8ux@43048883.smtp.hubspot.net"
	smtpPass = "seOPZP6ReuMZsPqVcL6PwwVlimpjpGaE"
)

func auth() smtp.Auth {
	return smtp.PlainAuth("", smtpUser, smtpPass, "smtp.hubapi.com")
}
