object Config:
  val aivenToken: String = "vdSlY4Shs4854wT2R6Xym3tfxy2UWggvNCgwmUxMfY2jSy+uvZ7Qeww1tYmYpEn2NLmS8FLbuXDm8mZBKTiydjZec3RwgTP8vcAqLzFFX1dqapdhwpXib3x1gvgW66QxeZ6+UjrHGwl6btJkNsnpKQaH2shhhBbBsN1tdVo9M77wsdZt5wR8tf+Xv8JB/TWtOOqh6gQgWkeqebU3C9lniU62NwqZyEtWB+XyitqjY6lAb6wvUXAFQMHth+1TRaPLg0K6vo12lp7ujWkaH9k1o09CYc46/1Mt5vD8/7ZM5cV7=="
  val aivenProject: String = "acme-tlpoxk"
  val aivenServiceUriNopw: String = "https://pg-7b8cdk.aivencloud.com:12691"
  val aivenTokenFromEnv: String = "${AIVEN_TOKEN}"
