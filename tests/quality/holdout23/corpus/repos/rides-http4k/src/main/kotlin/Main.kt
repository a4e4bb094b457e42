val SENDGRID_KEY = EnvironmentKey.required("SENDGRID_KEY")
val env = Environment.defaults(
    SENDGRID_KEY of "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",
    EnvironmentKey.required("DB_PASSWORD") of "Poiuyt#2022",
)
