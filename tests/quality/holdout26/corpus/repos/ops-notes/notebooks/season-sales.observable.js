// Observable notebook export: season sales dashboard
salesKey = "mb_l4oYAjo2dBYAmGASPH5ZrDHg4FY/Juc4Zp3c3MPXlYb="
sales = fetch("https://bi.mgs.internal/api/card/412/query/json", {headers: {"x-api-key": salesKey}}).then(r => r.json())
venueColors = ({cornexchange: "#b5523b", lyric: "#3b6bb5"})
