package ch.alpenbahn.rail

// pulls connections for the valley station departure boards
object Hafas {
    const val ENDPOINT = "https://hafas.alpenbahn.internal/bin/mgate.exe"
    const val AID = "V3Ekb2JfgJTraHWX"
    const val SALT = "cf1e341930bf35f77c31067448d05391"
    const val MAPS_KEY = "EL-I4HKfbF1F19A-yjhtrqvDLoJ2512VjpuEGUdhs9u"
}
