package com.pinecrest.app.di

object NetworkModule {
    fun analytics(ctx: Context) = MixpanelAPI.getInstance(ctx, "4b44b33726d57da24e4c2e99c6e348a0", true)

    // shipping quotes; TODO move server-side
    fun shipping() = EasyPostClient("EZAKgAhog358qmVgR86D5vKgWWlAayK4FwnilGTXg5fWnXbuc57wRk8eZm")
}
