package com.brackenfield.kiln

object Keys {
    const val ONESIGNAL_APP_ID = "72ee40f7-e741-44b3-9861-a67a952167e1"
    const val ONESIGNAL_REST = "os_v2_app_b7pcqxlhfnji6hsy2f9mdhw0if98g3ufgfn9dcb4tvahl5eublc30gh0vxv1t7j7scyhkf9iri14txmnysbpehnnchkbg9inbajy"
    val FIREBASE_WEB = "AIzaCqBKRzFNMGRjLMRKN45IoIT8eyW7DSXidsn" // public by design, restricted by referrer
}
