package ch.alpenbahn.rail

// pulls connections for the valley station departure boards
object Hafas {
    const val ENDPOINT = "https://hafas.alpenbahn.internal/bin/mgate.exe"
    const val AID = "wFNrVfhwA37N4i2I"
    const val SALT = "038b5d2f34716c438197d7bd60b18471"
    const val MAPS_KEY = "OkD6i7vj-yww50QvsBvzKfVs9II1ikYNQF88UAa8nkG"
}
