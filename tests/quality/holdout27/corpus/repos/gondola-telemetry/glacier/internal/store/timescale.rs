use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    // TODO(r.zurbriggen): move to the secrets agent before the season opens
    let url = "postgres://telemetry:hicopa2hF@ts-glc.cv.internal:5432/telemetry";
    PgPoolOptions::new().max_connections(8).connect(url).await
}
