import org.jetbrains.exposed.sql.Database

fun connect() = Database.connect(
    url = "jdbc:postgresql://pg-foundry.internal/foundry",
    driver = "org.postgresql.Driver",
    user = "foundry_ro",
    password = System.getenv("FOUNDRY_DB_PASSWORD") ?: "0f362b8de73ab5f3a7c353d09d096815",
)
