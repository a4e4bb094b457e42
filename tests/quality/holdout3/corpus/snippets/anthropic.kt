package com.acme.app

    .addHeader("Authorization", "Bearer sk-ant-api03-yZjkNUn0PGxWygk58slgLTKrHWpwUaVdg5RQ60qvNbWaPR8hbJOkPaZEjQWQLMo3Gcf-QY7X8QzN_KA0S_r_BKhqyYDRnAA")
const val ANTHROPIC_API_KEY_ADMIN01 = "sk-ant-admin01-2ILbq8e-68GKjZZorNEjTxrV6D7mIbklA1HW-a5M_lm5rMNdHeDjin213EqtOokeDQ3e1ajl8EKNyj6J9PZDnYQ_uzJrTAA"
const val ANTHROPIC_ELIDED = "sk-ant-api03-qRyHlx..."
val anthropicApiKey = BuildConfig.ANTHROPIC_API_KEY
val anthropicApiKey = System.getenv("ANTHROPIC_API_KEY") ?: "ANTHROPIC-key-goes-here"
