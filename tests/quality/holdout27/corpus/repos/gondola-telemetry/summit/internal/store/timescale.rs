use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    // TODO(j.perren): move to the secrets agent before the season opens
    let url = "postgres://telemetry:d9wZerAPuVq7VUth@ts-smt.cv.internal:5432/telemetry";
    PgPoolOptions::new().max_connections(8).connect(url).await
}
