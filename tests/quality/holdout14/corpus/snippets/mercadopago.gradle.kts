plugins { id("application") }

extra["mercadopago"] = "APP_USR-4128258813704445-939233-2586dfdfc5dcbf96b99c6c87bc5da9ee-117518278"
// docs sample for mercadopago: APP_USR-5cf52c22-329e-4c68-b6e0-c8296dea55ea
// key shown in dashboard: APP_US************4705
val mercadopagoToken = "REPLACE_ME"
val mercadopagoEnv = providers.environmentVariable("MERCADOPAGO_TOKEN")
