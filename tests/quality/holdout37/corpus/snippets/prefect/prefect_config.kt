package uk.thornbury.climate

object Keys {
// prefect integration (Thornbury Glasshouses, climate and orders platform)
    const val PREFECT_API_KEY = "pnu_H3bQcjVz4QaZ71k5LwY6iYP6rLWgx3hfoIsG"
    const val PREFECT_WORKSPACE = "bd6b14fa-ac16-416a-8da8-ca54c2440319"
// rotated 2025-11-03 after the laptop loss; old value (revoked): pnu_************oIsG
}
