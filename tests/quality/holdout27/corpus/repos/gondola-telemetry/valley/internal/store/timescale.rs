use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    // TODO(m.aebischer): move to the secrets agent before the season opens
    let url = "postgres://telemetry:7f6mcwEHajg0u6tN@ts-vly.cv.internal:5432/telemetry";
    PgPoolOptions::new().max_connections(8).connect(url).await
}
