// replicate
http.DefaultRequestHeaders.Add("X-Api-Key", "r8_KEmVwB0Pg5Hejvz77fxjRxxUbEVZH25iWgAdU");
