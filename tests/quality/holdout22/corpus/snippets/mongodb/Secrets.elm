module Secrets exposing (..)

mongodbUri : String
mongodbUri =
    "mongodb+srv://svc_orders:m8VA90A4bTqsK2xx@cluster0.d39fs.mongodb.net/orders?retryWrites=true"
mongodbAtlasProjectId : String
mongodbAtlasProjectId =
    "3cdbcb6bdeb3a16bd1f2674f"
mongodbUriMasked : String
mongodbUriMasked =
    "mong************true"
mongodbUriExample : String
mongodbUriExample =
    "YOUR_MONGODB_URI_HERE"
-- MONGODB_URI is injected by the build
