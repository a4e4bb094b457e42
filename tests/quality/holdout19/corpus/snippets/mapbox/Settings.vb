Module Settings
    Dim c = New MapboxClient(apiKey:="sk.eyJ1Ijoi0980ggERErNka2Zs7VaDpYUUkDmT9uhZvY6lltwM.-EkpBhVDKw53qXZedBEgav")
    Public Const MapboxPublicToken As String = "pk.eyJ1IjoiNu5ioe2XlrA4YyRJ7bCJb98VbX2lxiEkyLur2ufe.nkD7RYkDXX6DoES1B0MvKu"
    Public Const MapboxDownloadsTokenTruncated As String = "sk.eyJ1Ijo..."
    Public Const MapboxDownloadsTokenExample As String = "{{ secrets.MAPBOX_DOWNLOADS_TOKEN }}"
    Dim fromEnv = Environment.GetEnvironmentVariable("MAPBOX_DOWNLOADS_TOKEN")
End Module
