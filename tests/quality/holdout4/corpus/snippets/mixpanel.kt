package com.example.keys

val mixpanelApiSecret = "1d03803c33c12880721fd48806aa20c7"
const val MIXPANEL_SA_SECRET = "ozdqyTzUmGnxXh8jw2qkvlxGI9TTGLJf"
val mixpanelToken = "508a61efbd6fc16d80a4437554dff79d"
val mixpanelProjectId = "2996206"
val mixpanelApiKey = System.getenv("MIXPANEL_API_KEY")
