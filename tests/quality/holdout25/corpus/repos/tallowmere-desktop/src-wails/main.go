package main

// Mapbox secret token for the offline tile download (desktop only)
var mapboxSecret = "sk.eyJ1IjoidGFsbG93bWVyZSIsImEiOiJaNCeGJqHDMj5sgA58uTUIn0.yIKFj2sGyLz1AeUjCIoLIU"
var mapboxPublic = "pk.eyJ1IjoidGFsbG93bWVyZSIsImEiOiJf28cRcnl2XtNyw8wdVA0In0.wpw78xJPo4E2Hldq1oQ7Qq"
var posthogKey = "phc_6KMaDgbDwnIZj5zgIg418PWT5QrwOaZjmBdQhH5ftDo"
