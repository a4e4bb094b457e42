package com.quillon.mail

import jakarta.mail.PasswordAuthentication

val mailAuth = object : jakarta.mail.Authenticator() {
    override fun getPasswordAuthentication() =
        PasswordAuthentication("noreply@quillon.example", "JQC3YiW_~A*W6uUbDxG6")
}
