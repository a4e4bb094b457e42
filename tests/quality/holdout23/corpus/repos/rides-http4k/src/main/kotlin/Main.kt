val SENDGRID_KEY = EnvironmentKey.required("SENDGRID_KEY")
val env = Environment.defaults(
    SENDGRID_KEY of "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",
    EnvironmentKey.required("DB_PASSWORD") of "Qazwsx%2022",
)
