object Secrets {
  val databaseUrl = "postgresql://auwpvi:5NH8NiUf18erIbEJmodI@db-sqmx.internal:5432/fhsnjh"
  val amqpUrl = sys.env.getOrElse("AMQP_URL", "amqps://ykoovm:SS5LXlYUU2Elj8u1pSxO0X@rabbit-54eb.internal:5671/prod")
  val databaseUrl = "postgres://user:password@localhost:5432/app"
  val redisUrl = "redis://cache.internal:6379/0"
  val databaseToken = sys.env("DATABASE_TOKEN")
}
