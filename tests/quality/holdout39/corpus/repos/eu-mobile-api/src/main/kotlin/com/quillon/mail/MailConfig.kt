package com.quillon.mail

import jakarta.mail.PasswordAuthentication

val mailAuth = object : jakarta.mail.Authenticator() {
    override fun getPasswordAuthentication() =
        PasswordAuthentication("noreply@quillon.example", "k1gROmih7HVU6644QNv31bTaIH5bcaoO")
}
