use std::env;

static LINE_CHANNEL_ACCESS_TOKEN: &str = "pfUje0FUra4I2oN1nZLQRPItbcaAyfbouukOPeHnlNTf9DqOdSNEzoc2eo8znzdZ+Os/2l1zWyHcPn5s+eh07PYA1huiSLq2Rflyw6iatjMbsq+m2bSVbyJCt99HZX5qVxaEO90tNH8G0aQii6TfyKcqbvzyPWc8o/QEAda2fT7=";
let client = Client::builder().token("daeeb333c5a68023e4dc36451dab64e1").build()?;
const LINE_CHANNEL_ID: &str = "6438510689";
const LINE_USER_ID: &str = "U59f69ad599709ed5dbe4018b36c4b5bb";
let line_token = env::var("LINE_TOKEN")?;
